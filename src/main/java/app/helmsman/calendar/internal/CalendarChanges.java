package app.helmsman.calendar.internal;

import app.helmsman.calendar.CalendarEventsChanged;
import app.helmsman.live.LiveHint;
import app.helmsman.planner.BusyTimeChanged;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the rest of the app that a person's calendar changed: the module event, the planner's, and a live hint. */
@Component
public class CalendarChanges {

    /** The live-update topic of calendar views. */
    public static final String TOPIC = "calendar";

    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarChanges(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Publish inside the transaction that made the change (the hint travels after commit). */
    public void changed(UUID owner, String originUi, boolean events) {
        if (events) {
            this.events.publishEvent(new CalendarEventsChanged(owner));
            this.events.publishEvent(new BusyTimeChanged(owner));
        }
        this.events.publishEvent(new LiveHint(TOPIC, Set.of(owner), Set.of(), "", originUi, clock.instant()));
    }
}
