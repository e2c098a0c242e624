package app.helmsman.calendar;

import java.time.Instant;
import java.util.UUID;

/**
 * One calendar as the ops console shows it to admins: whose it is, its kind and how its sync is doing; never its
 * name, address, events or tokens.
 *
 * @param lastError the last failure in plain words, or null
 */
public record CalendarSyncStatus(UUID id, UUID ownerId, String kind, SourceState state, Instant lastSuccess, String lastError, int eventCount,
                                 boolean retryable) {
}
