package app.helmsman.reminders;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * One person's reminder settings.
 *
 * @param quietStart start of quiet hours in the person's zone (default 22:00); equal to {@code quietEnd} means none
 * @param quietEnd end of quiet hours (default 08:00): held reminders arrive then
 * @param batchMax at most this many reminders are shown one by one per {@code batchMinutes} (1-20, default 3);
 *                 the rest arrive grouped as one ("3 more reminders")
 * @param batchMinutes the batching window in minutes (5-240, default 30)
 * @param kinds the kinds switched on (all by default)
 * @param email email reminders when no window of Helmsman is open (needs SMTP on the server; off by default)
 * @param digest a daily email with the day's reminders, at the end of quiet hours (off by default)
 * @param browser show browser notifications too (the browser's permission is asked from Settings)
 */
public record ReminderPreferences(LocalTime quietStart, LocalTime quietEnd, int batchMax, int batchMinutes, Set<ReminderKind> kinds,
                                  boolean email, boolean digest, boolean browser) {

    public static final int BATCH_MAX_MIN = 1;
    public static final int BATCH_MAX_MAX = 20;
    public static final int BATCH_MINUTES_MIN = 5;
    public static final int BATCH_MINUTES_MAX = 240;

    public ReminderPreferences {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(ReminderKind.class) : EnumSet.copyOf(kinds);
    }

    /** The defaults: quiet 22:00-08:00, 3 per 30 minutes, every kind, in the app only. */
    public static ReminderPreferences defaults() {
        return new ReminderPreferences(LocalTime.of(22, 0), LocalTime.of(8, 0), 3, 30, EnumSet.allOf(ReminderKind.class), false, false, false);
    }

    public boolean wants(ReminderKind kind) {
        return kinds.contains(kind);
    }
}
