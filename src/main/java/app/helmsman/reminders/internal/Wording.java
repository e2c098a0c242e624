package app.helmsman.reminders.internal;

import app.helmsman.reminders.ReminderKind;
import app.helmsman.shared.ui.DateFormats;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The sentences of reminders: gentle, specific, in the person's own zone and with their locale's clock, through
 * {@link DateFormats} like every other date in the app ("'Call the dentist' is planned for 15:00" in en-GB, "... for
 * 3:00 PM" in en-US). In the app the locale is the window's (its browser's); an email has no browser, so it uses the
 * locale of the browser the person last signed in with, stored on their account ({@code accounts.UserLocales}), or
 * {@link DateFormats#FALLBACK}, the app's British English, while none is stored.
 */
public final class Wording {

    private static final int TITLE_CHARS = 80;

    private Wording() {
    }

    /** What the reminder says. */
    public static String message(ReminderKind kind, String title, Instant subjectAt, Instant now, ZoneId zone, Locale locale) {
        var quoted = "'" + shorten(title) + "'";
        return switch (kind) {
            case DO_TIME -> quoted + " is planned for " + when(subjectAt, now, zone, locale);
            case BLOCK -> "Your time for " + quoted + " starts at " + when(subjectAt, now, zone, locale);
            case DEADLINE_SOON -> quoted + " has its hard deadline tomorrow";
            case DEADLINE_TODAY -> quoted + " has its hard deadline today";
            case REMIND_ME -> "You asked to be reminded: " + quoted;
        };
    }

    /** "This was for 15:00" for a reminder delivered late, naming the day when it was not today. */
    public static String lateNote(Instant dueAt, Instant now, ZoneId zone, Locale locale) {
        return "This was for " + when(dueAt, now, zone, locale);
    }

    /** The time alone on the same day as {@code now}, else day and time. */
    static String when(Instant at, Instant now, ZoneId zone, Locale locale) {
        var local = at.atZone(zone).toLocalDateTime();
        return local.toLocalDate().equals(now.atZone(zone).toLocalDate())
                ? DateFormats.time(local.toLocalTime(), locale) : DateFormats.dayTime(local, locale);
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
