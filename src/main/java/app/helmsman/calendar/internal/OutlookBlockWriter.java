package app.helmsman.calendar.internal;

import app.helmsman.calendar.internal.spi.BlockWriter;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SyncFailure;
import app.helmsman.planner.PlannedBlock;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.Extension;
import com.microsoft.graph.models.FreeBusyStatus;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.OpenTypeExtension;
import com.microsoft.kiota.ApiException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Helmsman's blocks in Outlook: events created with the open extension {@code app.helmsman.block} holding the block
 * id. Before changing or deleting an event, it is read with that extension expanded; one without it (or with another
 * block's id) is never touched, and a new event is created for the block instead.
 */
@Component
class OutlookBlockWriter implements BlockWriter {

    static final String EXPAND = "extensions($filter=id eq 'Microsoft.OutlookServices.OpenTypeExtension." + OutlookSynchronizer.EXTENSION + "')";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final GraphApi api;

    OutlookBlockWriter(GraphApi api) {
        this.api = api;
    }

    @Override
    public boolean handles(SourceKind kind) {
        return kind == SourceKind.OUTLOOK;
    }

    @Override
    public String upsert(UUID connectionId, String calendarId, String externalId, PlannedBlock block) throws SyncFailure {
        var existing = externalId == null ? null : find(connectionId, calendarId, externalId);
        if (existing != null && block.blockId().equals(OutlookSynchronizer.blockId(existing))) {
            var patch = new Event();
            patch.setSubject(block.title());
            times(patch, block);
            api.plainCall(connectionId, graph -> graph.me().calendars().byCalendarId(calendarId).events().byEventId(externalId).patch(patch));
            return externalId;
        }
        var event = new Event();
        event.setSubject(block.title());
        times(event, block);
        var body = new ItemBody();
        body.setContentType(BodyType.Text);
        body.setContent(block.reason() == null ? "Planned in Helmsman" : "Planned in Helmsman: " + block.reason());
        event.setBody(body);
        event.setShowAs(FreeBusyStatus.Busy);
        var extension = new OpenTypeExtension();
        extension.setOdataType("#microsoft.graph.openTypeExtension");
        extension.setExtensionName(OutlookSynchronizer.EXTENSION);
        var data = new HashMap<String, Object>();
        data.put("blockId", block.blockId().toString());
        extension.setAdditionalData(data);
        event.setExtensions(List.<Extension>of(extension));
        return api.plainCall(connectionId, graph -> graph.me().calendars().byCalendarId(calendarId).events().post(event)).getId();
    }

    @Override
    public void delete(UUID connectionId, String calendarId, String externalId) throws SyncFailure {
        var existing = find(connectionId, calendarId, externalId);
        if (existing == null || OutlookSynchronizer.blockId(existing) == null) {
            return; // gone already, or not Helmsman's: never touched
        }
        api.plainCall(connectionId, graph -> {
            try {
                graph.me().calendars().byCalendarId(calendarId).events().byEventId(externalId).delete();
            } catch (ApiException e) {
                if (e.getResponseStatusCode() != 404 && e.getResponseStatusCode() != 410) {
                    throw e;
                }
            }
            return null;
        });
    }

    private Event find(UUID connectionId, String calendarId, String externalId) throws SyncFailure {
        return api.plainCall(connectionId, graph -> {
            try {
                return graph.me().calendars().byCalendarId(calendarId).events().byEventId(externalId)
                        .get(config -> config.queryParameters.expand = new String[] {EXPAND});
            } catch (ApiException e) {
                if (e.getResponseStatusCode() == 404 || e.getResponseStatusCode() == 410) {
                    return null;
                }
                throw e;
            }
        });
    }

    private static Event times(Event event, PlannedBlock block) {
        event.setStart(utc(block.start()));
        event.setEnd(utc(block.end()));
        return event;
    }

    private static DateTimeTimeZone utc(java.time.Instant instant) {
        var value = new DateTimeTimeZone();
        value.setDateTime(LOCAL.format(instant.atOffset(ZoneOffset.UTC)));
        value.setTimeZone("UTC");
        return value;
    }
}
