package app.helmsman.calendar;

import java.util.UUID;

/** A person connected, reconnected or disconnected a calendar provider, or a connection needs reconnecting. Ids only. */
public record CalendarConnectionsChanged(UUID userId, UUID connectionId) {
}
