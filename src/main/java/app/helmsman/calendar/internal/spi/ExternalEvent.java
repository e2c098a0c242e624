package app.helmsman.calendar.internal.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One event (one occurrence: recurring events come expanded within the sync window) as a provider reports it.
 *
 * @param externalId the provider's id of this occurrence, stable across syncs (unique within its source)
 * @param start for timed events; for all-day events the start of {@code allDayStart} in the event's zone
 * @param allDayStart the first day of an all-day event (null for timed ones)
 * @param allDayEndExclusive the day after the last day of an all-day event (null for timed ones)
 * @param availability BUSY, TENTATIVE or FREE as the event says
 * @param declined the person declined it (it never blocks time)
 * @param helmsmanBlockId the planner block this event was written for by Helmsman, or null for anyone else's event
 */
public record ExternalEvent(String externalId, String title, Instant start, Instant end, LocalDate allDayStart, LocalDate allDayEndExclusive,
                            Availability availability, boolean declined, UUID helmsmanBlockId) {

    public enum Availability {
        BUSY, TENTATIVE, FREE
    }

    public boolean allDay() {
        return allDayStart != null;
    }
}
