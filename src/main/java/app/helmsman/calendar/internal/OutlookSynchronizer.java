package app.helmsman.calendar.internal;

import app.helmsman.calendar.internal.spi.ExternalEvent;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SourceSynchronizer;
import app.helmsman.calendar.internal.spi.SyncBatch;
import app.helmsman.calendar.internal.spi.SyncFailure;
import app.helmsman.calendar.internal.spi.SyncRequest;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.FreeBusyStatus;
import com.microsoft.graph.models.OpenTypeExtension;
import com.microsoft.graph.models.ResponseType;
import com.microsoft.graph.users.item.calendars.item.calendarview.delta.DeltaGetResponse;
import com.microsoft.graph.users.item.calendars.item.calendarview.delta.DeltaRequestBuilder;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Outlook's changes through Graph's {@code calendarView/delta} over the window (occurrences of recurring events
 * come expanded): follow {@code @odata.nextLink} to the last page, whose {@code @odata.deltaLink} is the cursor;
 * later syncs call the delta link. Times are asked for in UTC ({@code Prefer: outlook.timezone="UTC"}).
 */
@Component
class OutlookSynchronizer implements SourceSynchronizer {

    static final String EXTENSION = "app.helmsman.block";
    static final String UTC_PREFERENCE = "outlook.timezone=\"UTC\"";

    private final GraphApi api;

    OutlookSynchronizer(GraphApi api) {
        this.api = api;
    }

    @Override
    public boolean handles(SourceKind kind) {
        return kind == SourceKind.OUTLOOK;
    }

    @Override
    public SyncBatch fetch(SyncRequest request) throws SyncFailure {
        if (request.cursor() != null && api.onGraph(request.cursor())) {
            try {
                return pages(request, request.cursor());
            } catch (GraphApi.DeltaGone gone) {
                // the delta link expired: everything again
            }
        }
        try {
            return pages(request, null);
        } catch (GraphApi.DeltaGone e) {
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, "Outlook says this calendar is gone.", null, e);
        }
    }

    private SyncBatch pages(SyncRequest request, String deltaLink) throws SyncFailure, GraphApi.DeltaGone {
        boolean full = deltaLink == null;
        var upserts = new ArrayList<ExternalEvent>();
        var deleted = new ArrayList<String>();
        String link = deltaLink;
        while (true) {
            var next = link;
            DeltaGetResponse page = api.call(request.connectionId(), graph -> {
                DeltaRequestBuilder delta = graph.me().calendars().byCalendarId(request.externalCalendarId()).calendarView().delta();
                if (next == null) {
                    return delta.get(config -> {
                        config.queryParameters.startDateTime = DateTimeFormatter.ISO_INSTANT.format(request.windowStart());
                        config.queryParameters.endDateTime = DateTimeFormatter.ISO_INSTANT.format(request.windowEnd());
                        config.headers.add("Prefer", UTC_PREFERENCE);
                    });
                }
                return delta.withUrl(next).get(config -> config.headers.add("Prefer", UTC_PREFERENCE));
            });
            for (var event : page.getValue() == null ? List.<Event>of() : page.getValue()) {
                if (event.getAdditionalData().containsKey("@removed") || Boolean.TRUE.equals(event.getIsCancelled())) {
                    if (!full) {
                        deleted.add(event.getId());
                    }
                    continue;
                }
                var mapped = toExternal(event);
                if (mapped == null) {
                    continue;
                }
                if (mapped.end().isAfter(request.windowStart()) && mapped.start().isBefore(request.windowEnd())) {
                    upserts.add(mapped);
                } else if (!full) {
                    deleted.add(event.getId());
                }
            }
            if (page.getOdataNextLink() != null) {
                if (!api.onGraph(page.getOdataNextLink())) {
                    throw new SyncFailure(SyncFailure.Kind.TEMPORARY, "Outlook sent a next-page link to another address; Helmsman did not follow it.", null, null);
                }
                link = page.getOdataNextLink();
                continue;
            }
            return new SyncBatch(full, upserts, deleted, page.getOdataDeltaLink());
        }
    }

    static ExternalEvent toExternal(Event event) {
        if (event.getStart() == null || event.getEnd() == null) {
            return null;
        }
        var title = event.getSubject() == null || event.getSubject().isBlank() ? "(No title)" : event.getSubject();
        var start = local(event.getStart());
        var end = local(event.getEnd());
        if (start == null || end == null) {
            return null;
        }
        var zone = zone(event.getStart());
        boolean allDay = Boolean.TRUE.equals(event.getIsAllDay());
        var availability = event.getShowAs() == FreeBusyStatus.Free ? ExternalEvent.Availability.FREE
                : event.getShowAs() == FreeBusyStatus.Tentative ? ExternalEvent.Availability.TENTATIVE : ExternalEvent.Availability.BUSY;
        boolean declined = event.getResponseStatus() != null && event.getResponseStatus().getResponse() == ResponseType.Declined;
        return new ExternalEvent(event.getId(), title, start.atZone(zone).toInstant(), end.atZone(zone).toInstant(),
                allDay ? start.toLocalDate() : null, allDay ? end.toLocalDate() : null, availability, declined, blockId(event));
    }

    /** The block id of Helmsman's open extension, when the event carries it (answers that expanded extensions). */
    static UUID blockId(Event event) {
        if (event.getExtensions() == null) {
            return null;
        }
        for (var extension : event.getExtensions()) {
            boolean ours = extension instanceof OpenTypeExtension open && EXTENSION.equals(open.getExtensionName())
                    || extension.getId() != null && extension.getId().endsWith(EXTENSION);
            var value = ours ? extension.getAdditionalData().get("blockId") : null;
            if (value != null) {
                try {
                    return UUID.fromString(value.toString());
                } catch (IllegalArgumentException notOurs) {
                    return null;
                }
            }
        }
        return null;
    }

    private static LocalDateTime local(DateTimeTimeZone value) {
        if (value.getDateTime() == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.getDateTime());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ZoneId zone(DateTimeTimeZone value) {
        try {
            return value.getTimeZone() == null ? ZoneOffset.UTC : ZoneId.of(value.getTimeZone());
        } catch (RuntimeException e) {
            return ZoneOffset.UTC; // Windows zone names never come: UTC is asked for
        }
    }
}
