package app.helmsman.calendar.internal;

import app.helmsman.calendar.internal.spi.ExternalEvent;
import app.helmsman.calendar.internal.spi.SyncBatch;
import java.time.ZoneId;

/**
 * All-day events as the person's days. Outlook (asked for UTC) reports an all-day event as midnight to midnight UTC,
 * which in Los Angeles or Auckland covers parts of two local days; its dates are what the person means, so its
 * instants become those dates' midnights in the person's time zone.
 */
final class AllDayEvents {

    private AllDayEvents() {
    }

    static SyncBatch inZone(SyncBatch batch, ZoneId zone) {
        var upserts = batch.upserts().stream().map(event -> event.allDay() ? inZone(event, zone) : event).toList();
        return new SyncBatch(batch.full(), upserts, batch.deletedExternalIds(), batch.nextCursor());
    }

    private static ExternalEvent inZone(ExternalEvent event, ZoneId zone) {
        var lastExclusive = event.allDayEndExclusive() == null || !event.allDayEndExclusive().isAfter(event.allDayStart())
                ? event.allDayStart().plusDays(1) : event.allDayEndExclusive();
        return new ExternalEvent(event.externalId(), event.title(), event.allDayStart().atStartOfDay(zone).toInstant(),
                lastExclusive.atStartOfDay(zone).toInstant(), event.allDayStart(), lastExclusive, event.availability(), event.declined(),
                event.helmsmanBlockId());
    }
}
