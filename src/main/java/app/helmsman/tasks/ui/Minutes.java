package app.helmsman.tasks.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Durations as people type them: {@code 15}, {@code 15m}, {@code 1h}, {@code 1h30}, {@code 1:30}, {@code 90 min}. */
final class Minutes {

    private static final Pattern HOURS_MINUTES = Pattern.compile("(?:(\\d{1,3})\\s*h(?:ours?|rs?)?)?\\s*(?:(\\d{1,5})\\s*(?:m|mins?|minutes?)?)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):(\\d{2})");

    private Minutes() {
    }

    /**
     * The minutes in {@code text}; empty for blank text.
     *
     * @throws IllegalArgumentException when it is not a duration
     */
    static Optional<Integer> parse(String text) {
        var t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        var clock = CLOCK.matcher(t);
        if (clock.matches()) {
            return Optional.of(Integer.parseInt(clock.group(1)) * 60 + Integer.parseInt(clock.group(2)));
        }
        var m = HOURS_MINUTES.matcher(t);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
            throw new IllegalArgumentException(text);
        }
        int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return Optional.of(hours * 60 + minutes);
    }

    /** {@code 15m}, {@code 1h}, {@code 1h30m}; empty for null. */
    static String format(Integer minutes) {
        if (minutes == null) {
            return "";
        }
        if (minutes < 60) {
            return minutes + "m";
        }
        return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : (minutes % 60) + "m");
    }
}
