package app.helmsman.calendar.ui;

import app.helmsman.calendar.CalendarConnectionService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Settings page for calendar connections; the connect flow returns here ({@code ?connected=} or {@code ?error=}). */
@Route("calendar-connections")
@PageTitle("Calendar connections · Helmsman")
@PermitAll
public class CalendarConnectionsView extends Div implements BeforeEnterObserver {

    final ConnectionsSection section;

    CalendarConnectionsView(CalendarConnectionService service) {
        section = new ConnectionsSection(service);
        add(new H1("Calendar connections"), section);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        section.showOutcome(query.getSingleParameter("connected").orElse(null), query.getSingleParameter("error").orElse(null));
    }
}
