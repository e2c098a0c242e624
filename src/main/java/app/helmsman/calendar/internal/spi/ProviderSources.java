package app.helmsman.calendar.internal.spi;

import java.util.List;
import java.util.UUID;

/**
 * The calendar store's side for connections: a provider connection (Google, Outlook) registers the calendars it
 * found, and removes them when the person disconnects. Implemented by the calendar store.
 */
public interface ProviderSources {

    /** A calendar of a connection as the provider lists it; {@code primary} calendars count as busy by default. */
    record ProviderCalendar(String externalCalendarId, String name, boolean primary, boolean writable) {
    }

    /** Adds new calendars (busy by default when primary), renames known ones and removes vanished ones with their events. */
    void register(UUID userId, UUID connectionId, SourceKind kind, List<ProviderCalendar> calendars);

    /** Removes every calendar of the connection with its events and block mappings (disconnect, account deleted). */
    void removeAll(UUID connectionId);
}
