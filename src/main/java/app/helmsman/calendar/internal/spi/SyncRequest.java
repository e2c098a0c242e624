package app.helmsman.calendar.internal.spi;

import java.time.Instant;
import java.util.UUID;

/**
 * Fetch what changed in one calendar.
 *
 * @param connectionId the provider connection holding the tokens (null for ICS sources)
 * @param externalCalendarId the provider's calendar id, or the subscription URL for ICS_URL
 * @param cursor the last sync's cursor (Google syncToken, Graph deltaLink, ICS ETag), or null for a full sync
 * @param windowStart events ending before it are not needed (recurring events are expanded from it)
 * @param windowEnd events starting after it are not needed
 */
public record SyncRequest(UUID sourceId, UUID userId, UUID connectionId, SourceKind kind, String externalCalendarId, String cursor,
                          Instant windowStart, Instant windowEnd) {
}
