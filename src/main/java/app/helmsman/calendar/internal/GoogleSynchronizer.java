package app.helmsman.calendar.internal;

import app.helmsman.calendar.internal.spi.ExternalEvent;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SourceSynchronizer;
import app.helmsman.calendar.internal.spi.SyncBatch;
import app.helmsman.calendar.internal.spi.SyncFailure;
import app.helmsman.calendar.internal.spi.SyncRequest;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.Events;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Google Calendar's changes: the first sync lists the window with {@code singleEvents=true} (recurring events come
 * expanded into occurrences), following {@code pageToken}; the last page's {@code nextSyncToken} is the cursor, and
 * later syncs send only it. A 410 Gone (the token expired) starts over with a full sync.
 */
@Component
class GoogleSynchronizer implements SourceSynchronizer {

    /** Google's most per page. */
    static final int PAGE_SIZE = 2500;
    static final String BLOCK_PROPERTY = "helmsmanBlockId";

    private final GoogleCalendarApi api;

    GoogleSynchronizer(GoogleCalendarApi api) {
        this.api = api;
    }

    @Override
    public boolean handles(SourceKind kind) {
        return kind == SourceKind.GOOGLE;
    }

    @Override
    public SyncBatch fetch(SyncRequest request) throws SyncFailure {
        if (request.cursor() != null) {
            try {
                return pages(request, request.cursor());
            } catch (GoogleCalendarApi.SyncTokenGone gone) {
                // the sync token expired: everything again (the store replaces the source's events)
            }
        }
        try {
            return pages(request, null);
        } catch (GoogleCalendarApi.SyncTokenGone e) {
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, "Google Calendar says this calendar is gone.", null, e);
        }
    }

    private SyncBatch pages(SyncRequest request, String syncToken) throws SyncFailure, GoogleCalendarApi.SyncTokenGone {
        boolean full = syncToken == null;
        var upserts = new ArrayList<ExternalEvent>();
        var deleted = new ArrayList<String>();
        String pageToken = null;
        while (true) {
            var page = pageToken;
            Events events = api.call(request.connectionId(), calendar -> {
                var list = calendar.events().list(request.externalCalendarId()).setSingleEvents(true).setMaxResults(PAGE_SIZE).setPageToken(page);
                if (full) {
                    list.setTimeMin(new DateTime(request.windowStart().toEpochMilli())).setTimeMax(new DateTime(request.windowEnd().toEpochMilli()))
                            .setShowDeleted(false);
                } else {
                    list.setSyncToken(syncToken);
                }
                return list.execute();
            });
            var zone = zone(events.getTimeZone());
            for (var event : events.getItems() == null ? List.<Event>of() : events.getItems()) {
                if ("cancelled".equals(event.getStatus())) {
                    if (!full) {
                        deleted.add(event.getId());
                    }
                    continue;
                }
                var mapped = toExternal(event, zone);
                if (mapped == null) {
                    continue;
                }
                if (mapped.end().isAfter(request.windowStart()) && mapped.start().isBefore(request.windowEnd())) {
                    upserts.add(mapped);
                } else if (!full) {
                    deleted.add(event.getId()); // moved out of the window: no longer needed
                }
            }
            pageToken = events.getNextPageToken();
            if (pageToken == null) {
                return new SyncBatch(full, upserts, deleted, events.getNextSyncToken());
            }
        }
    }

    static ExternalEvent toExternal(Event event, ZoneId calendarZone) {
        if (event.getStart() == null || event.getEnd() == null) {
            return null;
        }
        var title = event.getSummary() == null || event.getSummary().isBlank() ? "(No title)" : event.getSummary();
        Instant start;
        Instant end;
        LocalDate allDayStart = null;
        LocalDate allDayEnd = null;
        if (event.getStart().getDate() != null) {
            var zone = event.getStart().getTimeZone() != null ? zone(event.getStart().getTimeZone()) : calendarZone;
            allDayStart = LocalDate.parse(event.getStart().getDate().toStringRfc3339());
            allDayEnd = event.getEnd().getDate() != null ? LocalDate.parse(event.getEnd().getDate().toStringRfc3339()) : allDayStart.plusDays(1);
            start = allDayStart.atStartOfDay(zone).toInstant();
            end = allDayEnd.atStartOfDay(zone).toInstant();
        } else if (event.getStart().getDateTime() != null && event.getEnd().getDateTime() != null) {
            start = Instant.ofEpochMilli(event.getStart().getDateTime().getValue());
            end = Instant.ofEpochMilli(event.getEnd().getDateTime().getValue());
        } else {
            return null;
        }
        boolean declined = false;
        boolean tentative = "tentative".equals(event.getStatus());
        if (event.getAttendees() != null) {
            for (var attendee : event.getAttendees()) {
                if (Boolean.TRUE.equals(attendee.getSelf())) {
                    declined = "declined".equals(attendee.getResponseStatus());
                    tentative |= "tentative".equals(attendee.getResponseStatus());
                }
            }
        }
        var availability = "transparent".equals(event.getTransparency()) ? ExternalEvent.Availability.FREE
                : tentative ? ExternalEvent.Availability.TENTATIVE : ExternalEvent.Availability.BUSY;
        return new ExternalEvent(event.getId(), title, start, end, allDayStart, allDayEnd, availability, declined, blockId(event));
    }

    static UUID blockId(Event event) {
        var properties = event.getExtendedProperties();
        var value = properties == null || properties.getPrivate() == null ? null : properties.getPrivate().get(BLOCK_PROPERTY);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private static ZoneId zone(String id) {
        if (id == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
