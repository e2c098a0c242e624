package app.helmsman.reminders.internal;

import app.helmsman.reminders.ReminderKind;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The sentences of reminders: gentle, specific, and in the person's own zone ("'Call the dentist' is planned for 15:00"). */
public final class Wording {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final int TITLE_CHARS = 80;

    private Wording() {
    }

    /** What the reminder says. */
    public static String message(ReminderKind kind, String title, Instant subjectAt, Instant now, ZoneId zone) {
        var quoted = "'" + shorten(title) + "'";
        return switch (kind) {
            case DO_TIME -> quoted + " is planned for " + when(subjectAt, now, zone);
            case BLOCK -> "Your time for " + quoted + " starts at " + when(subjectAt, now, zone);
            case DEADLINE_SOON -> quoted + " has its hard deadline tomorrow";
            case DEADLINE_TODAY -> quoted + " has its hard deadline today";
            case REMIND_ME -> "You asked to be reminded: " + quoted;
        };
    }

    /** "This was for 15:00" for a reminder delivered late, naming the day when it was not today. */
    public static String lateNote(Instant dueAt, Instant now, ZoneId zone) {
        return "This was for " + when(dueAt, now, zone);
    }

    /** The time alone on the same day as {@code now}, else day and time. */
    static String when(Instant at, Instant now, ZoneId zone) {
        var local = at.atZone(zone);
        return local.toLocalDate().equals(now.atZone(zone).toLocalDate()) ? TIME.format(local) : DAY_TIME.format(local);
    }

    /** The toast of a group: "3 more reminders", or for reminders that waited through downtime, says so. */
    public static String group(int count, boolean allLate) {
        if (allLate) {
            return count + " reminders came due while Helmsman was unavailable: they are in your notifications";
        }
        return count == 1 ? "1 more reminder: it is in your notifications" : count + " more reminders: they are in your notifications";
    }

    static String shorten(String title) {
        return title.length() <= TITLE_CHARS ? title : title.substring(0, TITLE_CHARS - 1) + "…";
    }
}
