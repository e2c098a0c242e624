package app.helmsman.calendar.internal;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.calendar.CalendarConnection;
import app.helmsman.calendar.CalendarConnectionsChanged;
import app.helmsman.calendar.CalendarProvider;
import app.helmsman.calendar.internal.spi.ProviderSources;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SyncFailure;
import app.helmsman.platform.FeatureFlags;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Connecting a calendar (incremental consent, separate from sign-in): {@link #begin} makes the state and PKCE
 * verifier the browser's session keeps; {@link #complete} exchanges the code for the signed-in person (never a new
 * sign-in), stores the encrypted tokens, lists the calendars and registers them with the calendar store.
 */
@Component
public class ConnectFlow {

    /** How long a started connection may take at the provider. */
    static final Duration PENDING_FOR = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(ConnectFlow.class);

    private final SecureRandom random = new SecureRandom();
    private final OAuthClient oauth;
    private final TokenCipher cipher;
    private final ConnectionRepository connections;
    private final ProviderCalendars calendars;
    private final ObjectProvider<ProviderSources> sources;
    private final SignedInUser signedIn;
    private final FeatureFlags flags;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ConnectFlow(OAuthClient oauth, TokenCipher cipher, ConnectionRepository connections, ProviderCalendars calendars,
                ObjectProvider<ProviderSources> sources, SignedInUser signedIn, FeatureFlags flags, Clock clock, ApplicationEventPublisher events,
                PlatformTransactionManager transactionManager) {
        this.oauth = oauth;
        this.cipher = cipher;
        this.connections = connections;
        this.calendars = calendars;
        this.sources = sources;
        this.signedIn = signedIn;
        this.flags = flags;
        this.clock = clock;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A connection on its way through the provider's consent page; kept in the person's HTTP session. */
    public record Pending(CalendarProvider provider, String state, String verifier, UUID userId, Instant startedAt) implements Serializable {

        public String codeChallenge() {
            try {
                var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Why connecting cannot start or finish, in words for the person. */
    public static final class ConnectException extends Exception {
        public ConnectException(String message) {
            super(message);
        }
    }

    /** What connecting brought: the connection, and how many calendars were found (-1: the list failed, see the log). */
    public record Connected(CalendarConnection connection, int calendars) {
    }

    /** Whether this provider can be connected now: the feature is on, the client configured, and tokens can be encrypted. */
    public boolean connectable(CalendarProvider provider) {
        return flags.enabled(FeatureFlags.Flag.CALENDAR_INTEGRATION) && oauth.configured(provider) && cipher.available();
    }

    @PreAuthorize("isAuthenticated()")
    public Pending begin(CalendarProvider provider) throws ConnectException {
        if (!connectable(provider)) {
            throw new ConnectException(provider.label() + " cannot be connected on this Helmsman.");
        }
        return new Pending(provider, randomToken(), randomToken(), signedIn.requireId(), clock.instant());
    }

    public URI authorizationUri(Pending pending, String redirectUri) {
        return oauth.authorizationUri(pending.provider(), pending.state(), pending.codeChallenge(), redirectUri);
    }

    @PreAuthorize("isAuthenticated()")
    public Connected complete(Pending pending, String code, String redirectUri) throws ConnectException {
        var userId = signedIn.requireId();
        if (!userId.equals(pending.userId())) {
            throw new AccessDeniedException("the connection was started by someone else");
        }
        if (pending.startedAt().plus(PENDING_FOR).isBefore(clock.instant())) {
            throw new ConnectException("Connecting took too long. Please start again.");
        }
        if (!connectable(pending.provider())) {
            throw new ConnectException(pending.provider().label() + " cannot be connected on this Helmsman.");
        }
        if (code == null || code.isBlank() || code.length() > 4096) {
            throw new ConnectException(pending.provider().label() + " did not send an authorization code.");
        }
        OAuthClient.Tokens tokens;
        try {
            tokens = oauth.exchange(pending.provider(), code, pending.verifier(), redirectUri);
        } catch (SyncFailure | OAuthClient.GrantRevokedException e) {
            log.info("Connecting {} failed at the token endpoint: {}", pending.provider(), e.getMessage());
            throw new ConnectException(pending.provider().label() + " did not accept the connection. Please try again.");
        }
        var provider = pending.provider();
        var saved = transactions.execute(status -> {
            var email = tokens.email() == null ? "(unknown account)" : tokens.email().strip();
            var connection = connections.findByOwnerIdAndProviderAndAccountEmail(userId, provider, email)
                    .orElseGet(() -> new ConnectionEntity(userId, provider, email, clock.instant()));
            connection.grant(tokens.scope() == null ? oauth.scopes(provider) : tokens.scope(), cipher.encrypt(tokens.accessToken()),
                    cipher.encrypt(tokens.refreshToken()), clock.instant().plus(tokens.expiresIn()));
            var entity = connections.save(connection);
            events.publishEvent(new CalendarConnectionsChanged(userId, entity.getId()));
            return entity;
        });
        int found;
        try {
            var listed = calendars.list(saved.getId(), provider);
            found = listed.size();
            var store = sources.getIfAvailable();
            if (store != null) {
                store.register(userId, saved.getId(), provider == CalendarProvider.GOOGLE ? SourceKind.GOOGLE : SourceKind.OUTLOOK, listed);
            }
        } catch (SyncFailure e) {
            log.info("Connected {} but could not list its calendars yet: {}", provider, e.getMessage());
            found = -1;
        }
        return new Connected(Connections.view(saved), found);
    }

    private String randomToken() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
