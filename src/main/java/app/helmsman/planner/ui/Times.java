package app.helmsman.planner.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and durations as the plan shows them: 24-hour clock in the person's zone, "1 h 30 min". */
final class Times {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private Times() {
    }

    static String clock(Instant instant, ZoneId zone) {
        return CLOCK.format(instant.atZone(zone));
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
