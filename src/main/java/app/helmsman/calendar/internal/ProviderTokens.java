package app.helmsman.calendar.internal;

import app.helmsman.calendar.CalendarConnectionsChanged;
import app.helmsman.calendar.CalendarProvider;
import app.helmsman.calendar.ConnectionState;
import app.helmsman.calendar.internal.spi.SyncFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A connection's access token, refreshed automatically: ahead of its expiry, and after the provider answered 401
 * (refresh, then the caller retries once). The refresh runs with the connection's row locked, so replicas never
 * refresh one connection twice at once. A refresh answered with {@code invalid_grant} marks the connection
 * NEEDS_RECONNECTING (announced once through {@link CalendarConnectionsChanged}) and stops using it.
 */
@Component
public class ProviderTokens {

    /** Refresh this long before the provider's expiry, so no request goes out with a token about to lapse. */
    static final Duration EARLY = Duration.ofMinutes(2);

    private final ConnectionRepository connections;
    private final TokenCipher cipher;
    private final OAuthClient oauth;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;

    ProviderTokens(ConnectionRepository connections, TokenCipher cipher, OAuthClient oauth, Clock clock, ApplicationEventPublisher events,
                   PlatformTransactionManager transactionManager) {
        this.connections = connections;
        this.cipher = cipher;
        this.oauth = oauth;
        this.clock = clock;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setTimeout(60);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
    }

    /** Which provider a connection is with. */
    public CalendarProvider provider(UUID connectionId) throws SyncFailure {
        var provider = reads.execute(s -> connections.findById(connectionId).map(ConnectionEntity::getProvider).orElse(null));
        if (provider == null) {
            throw gone();
        }
        return provider;
    }

    /** A usable access token, refreshed first when it expires within {@link #EARLY}. */
    public String accessToken(UUID connectionId) throws SyncFailure {
        var current = reads.execute(s -> connections.findById(connectionId).orElse(null));
        if (current == null) {
            throw gone();
        }
        if (current.getState() == ConnectionState.NEEDS_RECONNECTING) {
            throw reconnect(current.getProvider());
        }
        if (current.getExpiresAt().isAfter(clock.instant().plus(EARLY))) {
            return cipher.decrypt(current.getAccessToken());
        }
        return refresh(connectionId, null);
    }

    /** After the provider answered 401 to {@code rejected}: a new access token (unless another caller already got one). */
    public String refreshAfterRejection(UUID connectionId, String rejected) throws SyncFailure {
        return refresh(connectionId, rejected);
    }

    private record Outcome(String token, SyncFailure failure) {
    }

    private String refresh(UUID connectionId, String rejected) throws SyncFailure {
        var outcome = transactions.execute(status -> {
            var connection = connections.lockById(connectionId).orElse(null);
            if (connection == null) {
                return new Outcome(null, gone());
            }
            if (connection.getState() == ConnectionState.NEEDS_RECONNECTING) {
                return new Outcome(null, reconnect(connection.getProvider()));
            }
            var current = cipher.decrypt(connection.getAccessToken());
            boolean stillFresh = connection.getExpiresAt().isAfter(clock.instant().plus(EARLY));
            if (rejected == null ? stillFresh : !current.equals(rejected)) {
                return new Outcome(current, null); // another replica or thread refreshed meanwhile
            }
            var refreshToken = cipher.decrypt(connection.getRefreshToken());
            if (refreshToken == null) {
                return revoked(connection);
            }
            try {
                var tokens = oauth.refresh(connection.getProvider(), refreshToken);
                connection.grant(tokens.scope() == null ? connection.getScopes() : tokens.scope(), cipher.encrypt(tokens.accessToken()),
                        cipher.encrypt(tokens.refreshToken()), clock.instant().plus(tokens.expiresIn()));
                return new Outcome(tokens.accessToken(), null);
            } catch (OAuthClient.GrantRevokedException e) {
                return revoked(connection);
            } catch (SyncFailure e) {
                return new Outcome(null, e);
            }
        });
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.token();
    }

    private Outcome revoked(ConnectionEntity connection) {
        connection.needsReconnecting();
        events.publishEvent(new CalendarConnectionsChanged(connection.getOwnerId(), connection.getId()));
        return new Outcome(null, reconnect(connection.getProvider()));
    }

    private static SyncFailure reconnect(CalendarProvider provider) {
        return new SyncFailure(SyncFailure.Kind.NEEDS_RECONNECTING,
                provider.label() + " no longer accepts Helmsman's access. Connect it again in Settings to continue.", null, null);
    }

    private static SyncFailure gone() {
        return new SyncFailure(SyncFailure.Kind.PERMANENT, "This calendar's connection was removed.", null, null);
    }
}
