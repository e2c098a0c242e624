package app.helmsman.accounts.internal;

import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells every open window of a person, on every replica, that their sessions were revoked (disabled, signed
 * out everywhere by an admin, deleted): each window reloads, and the reload's request meets
 * {@link SessionRevocationFilter}, which ends the session. Without it a window held open by Push would stay
 * until its next request.
 */
@Component
public class SessionsRevokedHints {

    public static final String TOPIC = "sessions-revoked";

    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionsRevokedHints(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Publishes the hint; it travels after the caller's transaction commits. */
    public void revoked(UUID user) {
        events.publishEvent(LiveHint.forUser(TOPIC, user, Set.of(user), "", LiveUpdates.currentUiKey(), clock.instant()));
    }
}
