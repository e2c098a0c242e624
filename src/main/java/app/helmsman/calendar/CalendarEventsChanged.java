package app.helmsman.calendar;

import java.util.UUID;

/** A person's calendar events changed (a sync, an import, a calendar removed). Published inside the transaction. */
public record CalendarEventsChanged(UUID userId) {
}
