package app.helmsman.tasks;

import java.time.LocalDate;
import java.util.Map;

/**
 * Server-side bounds on what a person can send, shared by every service of the tasks module and by the modules that
 * create tasks through it (issue 11: "every input has a server-side bound"). Lengths of single fields live beside
 * their records ({@link TaskDraft#TITLE_MAX_LENGTH}, {@link ProjectView#NAME_MAX_LENGTH}...); the tasks-per-account
 * cap is a setting ({@link TasksSettings#maxTasksPerAccount()}).
 */
public final class InputBounds {

    /** Longest search text. */
    public static final int SEARCH_TEXT_MAX_LENGTH = 200;
    /** Most tags on one task. */
    public static final int TAGS_PER_TASK_MAX = 50;
    /** Most tasks one task waits for. */
    public static final int DEPENDENCIES_PER_TASK_MAX = 100;
    /** Most tasks one bulk action (and its undo snapshot) takes. */
    public static final int BULK_IDS_MAX = 1_000;
    /** Earliest do date or deadline. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** Latest do date or deadline. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);
    /** What a person reads when text holds a NUL character (which PostgreSQL cannot store). */
    public static final String NUL_MESSAGE = "Remove the invisible control character (NUL, \\u0000) from the text; Helmsman cannot store it.";

    private InputBounds() {
    }

    /** Whether the text holds a NUL character; false for null. */
    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** Whether the date is null or within {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
    public static boolean inRange(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE));
    }

    /** The message for a date outside the range. */
    public static String dateMessage() {
        return "Choose a day between " + EARLIEST_DATE.getYear() + " and " + LATEST_DATE.getYear() + ".";
    }

    /** Adds NUL_MESSAGE for the field when the text holds NUL (keeps an earlier message for the field). */
    static void checkNul(Map<String, String> errors, String field, String text) {
        if (hasNul(text)) {
            errors.putIfAbsent(field, NUL_MESSAGE);
        }
    }

    /** Adds dateMessage() for the field when the date is outside the range. */
    static void checkDate(Map<String, String> errors, String field, LocalDate date) {
        if (!inRange(date)) {
            errors.putIfAbsent(field, dateMessage());
        }
    }
}
