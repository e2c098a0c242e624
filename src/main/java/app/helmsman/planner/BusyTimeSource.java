package app.helmsman.planner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where the planner learns when a person is busy: the calendar module implements it (Spring bean); with no
 * implementation the planner treats the day as free. Called inside the planner's read transaction.
 */
public interface BusyTimeSource {

    /**
     * The person's commitments overlapping {@code [from, to)}, as the person's calendars say: busy and tentative
     * timed events, never free, declined or cancelled ones; an all-day event only when it is marked busy.
     */
    List<BusyTime> busy(UUID userId, Instant from, Instant to);

    /** One commitment, for planning around and for showing beside the plan ("Dentist, 15:00-16:00"). */
    record BusyTime(Instant start, Instant end, String title, boolean allDay) {
    }
}
