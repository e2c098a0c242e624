package app.helmsman.tasks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Which day one-key scheduling and the end-of-day review give a task, counted from today in the person's time
 * zone. {@link #SOMEDAY} is no day at all: it takes the do date (and time) away, so the task leaves Today and
 * Upcoming and waits in its list (Inbox or project) until it gets a day again; nothing else marks it.
 */
public enum When {
    /** Today. */
    TODAY,
    /** Tomorrow. */
    TOMORROW,
    /** The day after tomorrow ("later this week"; the review names its weekday). */
    LATER_THIS_WEEK,
    /** The coming Monday (tomorrow, on a Sunday). */
    NEXT_WEEK,
    /** No do date. */
    SOMEDAY;

    /** The do date this choice means on {@code today}, or null for {@link #SOMEDAY}. */
    public LocalDate dayFrom(LocalDate today) {
        return switch (this) {
            case TODAY -> today;
            case TOMORROW -> today.plusDays(1);
            case LATER_THIS_WEEK -> today.plusDays(2);
            case NEXT_WEEK -> today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            case SOMEDAY -> null;
        };
    }

    /** The choice in words for "Moved 'Pay rent' to ...": "today", "tomorrow", "Saturday", "next week, Monday 14 December", "someday (no date)". */
    public String words(LocalDate today) {
        return switch (this) {
            case TODAY -> "today";
            case TOMORROW -> "tomorrow";
            case LATER_THIS_WEEK -> dayFrom(today).format(WEEKDAY);
            case NEXT_WEEK -> "next week, " + dayFrom(today).format(DAY);
            case SOMEDAY -> "someday (no date)";
        };
    }

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
}
