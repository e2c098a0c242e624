package app.helmsman.accounts.internal;

import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the person's other windows that their settings changed (they re-apply theme and text size). */
@Component
public class SettingsHints {

    public static final String TOPIC = "settings";

    private final ApplicationEventPublisher events;
    private final Clock clock;

    SettingsHints(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void changed(UUID user) {
        events.publishEvent(LiveHint.forUser(TOPIC, user, Set.of(user), "Your settings were changed in another window.",
                LiveUpdates.currentUiKey(), clock.instant()));
    }
}
