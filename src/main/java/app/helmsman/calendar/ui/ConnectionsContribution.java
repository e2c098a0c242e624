package app.helmsman.calendar.ui;

import app.helmsman.calendar.CalendarConnectContribution;
import app.helmsman.calendar.CalendarConnectionService;
import com.vaadin.flow.component.Component;
import java.util.List;

/** Puts the Google and Outlook connections (connect, state, reconnect, disconnect) on the Calendars settings page. */
@org.springframework.stereotype.Component
class ConnectionsContribution implements CalendarConnectContribution {

    private final CalendarConnectionService service;

    ConnectionsContribution(CalendarConnectionService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Component> components(Runnable changed) {
        return List.of(new ConnectionsSection(service));
    }
}
