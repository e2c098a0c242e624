package app.helmsman.calendar;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * What a provider connection (Google, Outlook) adds to the "Calendars" settings page: typically a "Connect
 * Google" button and the list of connections with "Disconnect". A Spring bean (UI-scoped when it keeps UI
 * state); the page shows every contribution's components, in {@link #order()}, when calendar integration is on.
 */
public interface CalendarConnectContribution {

    /** Smaller comes first. */
    default int order() {
        return 100;
    }

    /**
     * The components to show, created for one page.
     *
     * @param changed call after a connection changed calendars (connected, disconnected), so the page re-reads the list
     */
    List<Component> components(Runnable changed);
}
