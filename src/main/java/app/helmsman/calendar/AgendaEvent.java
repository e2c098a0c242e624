package app.helmsman.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One calendar event as Today and Upcoming show it: read-only, not a task.
 *
 * @param day the day (the person's zone) it is listed under; an event over several days is listed on each
 * @param free the event does not block time (marked free)
 * @param tentative the event is tentative
 */
public record AgendaEvent(LocalDate day, String title, Instant start, Instant end, boolean allDay, String calendar, boolean free,
                          boolean tentative) {
}
