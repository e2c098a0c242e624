package app.helmsman.calendar.internal;

import app.helmsman.calendar.CalendarProvider;
import app.helmsman.calendar.internal.spi.ProviderSources.ProviderCalendar;
import app.helmsman.calendar.internal.spi.SyncFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The calendars a connection can see, as its provider lists them (Google's calendarList, Graph's me/calendars). */
@Component
class ProviderCalendars {

    /** More would be unusual; a bound keeps a strange account from filling the store. */
    static final int MAX_CALENDARS = 100;

    private final GoogleCalendarApi google;
    private final GraphApi graph;

    ProviderCalendars(GoogleCalendarApi google, GraphApi graph) {
        this.google = google;
        this.graph = graph;
    }

    List<ProviderCalendar> list(UUID connectionId, CalendarProvider provider) throws SyncFailure {
        var found = new ArrayList<ProviderCalendar>();
        if (provider == CalendarProvider.GOOGLE) {
            String pageToken = null;
            do {
                var page = pageToken;
                var list = google.plainCall(connectionId, calendar -> calendar.calendarList().list().setPageToken(page).setMaxResults(250).execute());
                for (var entry : list.getItems() == null ? List.<com.google.api.services.calendar.model.CalendarListEntry>of() : list.getItems()) {
                    var name = entry.getSummaryOverride() != null ? entry.getSummaryOverride() : entry.getSummary();
                    found.add(new ProviderCalendar(entry.getId(), name == null ? entry.getId() : name, Boolean.TRUE.equals(entry.getPrimary()),
                            "owner".equals(entry.getAccessRole()) || "writer".equals(entry.getAccessRole())));
                }
                pageToken = list.getNextPageToken();
            } while (pageToken != null && found.size() < MAX_CALENDARS);
        } else {
            var list = graph.plainCall(connectionId, client -> client.me().calendars().get(config -> config.queryParameters.top = MAX_CALENDARS));
            for (var calendar : list.getValue() == null ? List.<com.microsoft.graph.models.Calendar>of() : list.getValue()) {
                found.add(new ProviderCalendar(calendar.getId(), calendar.getName() == null ? "Calendar" : calendar.getName(),
                        Boolean.TRUE.equals(calendar.getIsDefaultCalendar()), Boolean.TRUE.equals(calendar.getCanEdit())));
            }
        }
        return found.size() > MAX_CALENDARS ? List.copyOf(found.subList(0, MAX_CALENDARS)) : found;
    }
}
