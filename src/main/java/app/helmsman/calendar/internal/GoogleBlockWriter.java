package app.helmsman.calendar.internal;

import app.helmsman.calendar.internal.spi.BlockWriter;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SyncFailure;
import app.helmsman.planner.PlannedBlock;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Helmsman's blocks in Google Calendar: events carrying the private extended property {@code helmsmanBlockId}.
 * An event without it (or with another block's id) is never changed or deleted. Before creating, the calendar is
 * searched for the block's event (privateExtendedProperty), so a retry after a lost answer finds it instead of
 * creating a second one.
 */
@Component
class GoogleBlockWriter implements BlockWriter {

    private final GoogleCalendarApi api;

    GoogleBlockWriter(GoogleCalendarApi api) {
        this.api = api;
    }

    @Override
    public boolean handles(SourceKind kind) {
        return kind == SourceKind.GOOGLE;
    }

    @Override
    public String upsert(UUID connectionId, String calendarId, String externalId, PlannedBlock block) throws SyncFailure {
        var existing = externalId == null ? null : find(connectionId, calendarId, externalId);
        if (existing == null || !block.blockId().equals(GoogleSynchronizer.blockId(existing))) {
            existing = findByBlock(connectionId, calendarId, block.blockId());
        }
        var body = event(block);
        if (existing != null) {
            var id = existing.getId();
            return api.plainCall(connectionId, calendar -> calendar.events().patch(calendarId, id, body).execute()).getId();
        }
        return api.plainCall(connectionId, calendar -> calendar.events().insert(calendarId, body).execute()).getId();
    }

    @Override
    public void delete(UUID connectionId, String calendarId, String externalId) throws SyncFailure {
        var existing = find(connectionId, calendarId, externalId);
        if (existing == null || GoogleSynchronizer.blockId(existing) == null || "cancelled".equals(existing.getStatus())) {
            return; // gone already, or not Helmsman's: never touched
        }
        api.plainCall(connectionId, calendar -> {
            try {
                calendar.events().delete(calendarId, externalId).execute();
            } catch (HttpResponseException e) {
                if (e.getStatusCode() != 404 && e.getStatusCode() != 410) {
                    throw e;
                }
            }
            return null;
        });
    }

    private Event find(UUID connectionId, String calendarId, String externalId) throws SyncFailure {
        return api.plainCall(connectionId, calendar -> {
            try {
                return calendar.events().get(calendarId, externalId).execute();
            } catch (HttpResponseException e) {
                if (e.getStatusCode() == 404 || e.getStatusCode() == 410) {
                    return null;
                }
                throw e;
            }
        });
    }

    private Event findByBlock(UUID connectionId, String calendarId, UUID blockId) throws SyncFailure {
        var found = api.plainCall(connectionId, calendar -> calendar.events().list(calendarId)
                .setPrivateExtendedProperty(List.of(GoogleSynchronizer.BLOCK_PROPERTY + "=" + blockId)).setShowDeleted(false).setMaxResults(10).execute());
        return found.getItems() == null ? null : found.getItems().stream()
                .filter(e -> blockId.equals(GoogleSynchronizer.blockId(e)) && !"cancelled".equals(e.getStatus())).findFirst().orElse(null);
    }

    private static Event event(PlannedBlock block) {
        return new Event().setSummary(block.title())
                .setDescription(block.reason() == null ? "Planned in Helmsman" : "Planned in Helmsman: " + block.reason())
                .setStart(new EventDateTime().setDateTime(new DateTime(block.start().toEpochMilli())).setTimeZone("UTC"))
                .setEnd(new EventDateTime().setDateTime(new DateTime(block.end().toEpochMilli())).setTimeZone("UTC"))
                .setTransparency("opaque")
                .setExtendedProperties(new Event.ExtendedProperties().setPrivate(Map.of(GoogleSynchronizer.BLOCK_PROPERTY, block.blockId().toString())));
    }

}
