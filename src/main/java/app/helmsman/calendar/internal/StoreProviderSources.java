package app.helmsman.calendar.internal;

import app.helmsman.calendar.internal.spi.ProviderSources;
import app.helmsman.calendar.internal.spi.SourceKind;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The store's side of provider connections: calendars a connection found become sources, vanished ones go with their events. */
@Component
class StoreProviderSources implements ProviderSources {

    private final CalendarStore store;
    private final CalendarChanges changes;
    private final Clock clock;

    StoreProviderSources(CalendarStore store, CalendarChanges changes, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void register(UUID userId, UUID connectionId, SourceKind kind, List<ProviderCalendar> calendars) {
        if (kind == SourceKind.ICS_FILE || kind == SourceKind.ICS_URL) {
            throw new IllegalArgumentException("ICS calendars are not provider calendars");
        }
        var known = new HashMap<String, CalendarStore.Source>();
        store.sourcesOfConnection(connectionId).forEach(source -> known.put(source.externalId(), source));
        var now = clock.instant();
        boolean removed = false;
        for (var calendar : calendars) {
            var name = CalendarStore.truncate(calendar.name() == null || calendar.name().isBlank() ? "Calendar" : calendar.name().strip(), 200);
            var existing = known.remove(calendar.externalCalendarId());
            if (existing == null) {
                store.insertSource(userId, kind, connectionId, CalendarStore.truncate(calendar.externalCalendarId(), 2048), name, calendar.primary(),
                        calendar.writable(), now, now);
            } else {
                store.rename(existing.id(), name, calendar.writable());
            }
        }
        for (var vanished : known.values()) {
            store.deleteSource(vanished.id());
            removed = true;
        }
        changes.changed(userId, null, removed);
    }

    @Override
    @Transactional
    public void removeAll(UUID connectionId) {
        var sources = store.sourcesOfConnection(connectionId);
        sources.forEach(source -> store.deleteSource(source.id()));
        sources.stream().map(CalendarStore.Source::userId).distinct().forEach(user -> changes.changed(user, null, true));
    }
}
