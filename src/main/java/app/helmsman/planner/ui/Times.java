package app.helmsman.planner.ui;

import java.time.Instant;
import java.time.ZoneId;

/** Times and durations as the plan shows them: the person's clock (DateFormats) in their zone, "1 h 30 min". */
final class Times {

    private Times() {
    }

    static String clock(Instant instant, ZoneId zone) {
        return app.helmsman.shared.ui.DateFormats.time(instant.atZone(zone).toLocalTime());
    }

    static String range(Instant start, Instant end, ZoneId zone) {
        return clock(start, zone) + "\u2013" + clock(end, zone);
    }

    /** The same range for screen readers, which read an en dash badly: "09:00 to 10:00". */
    static String spokenRange(Instant start, Instant end, ZoneId zone) {
        return clock(start, zone) + " to " + clock(end, zone);
    }

    static String duration(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
