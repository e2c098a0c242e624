package app.helmsman.tasks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

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
}
