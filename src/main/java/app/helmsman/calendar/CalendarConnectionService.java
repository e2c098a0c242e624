package app.helmsman.calendar;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.calendar.internal.ConnectFlow;
import app.helmsman.calendar.internal.ConnectionRepository;
import app.helmsman.calendar.internal.Connections;
import app.helmsman.calendar.internal.OAuthClient;
import app.helmsman.calendar.internal.TokenCipher;
import app.helmsman.calendar.internal.spi.ProviderSources;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's Google Calendar and Outlook connections: which providers they can connect, their connections with
 * state, and disconnecting (revoking the grant at the provider where that exists, deleting the tokens, and removing
 * the connection's calendars from the store). Connecting itself runs through the browser (docs/adr/0017).
 */
@Service
public class CalendarConnectionService {

    private final ConnectionRepository connections;
    private final ConnectFlow flow;
    private final TokenCipher cipher;
    private final OAuthClient oauth;
    private final ObjectProvider<ProviderSources> sources;
    private final SignedInUser signedIn;
    private final ApplicationEventPublisher events;

    CalendarConnectionService(ConnectionRepository connections, ConnectFlow flow, TokenCipher cipher, OAuthClient oauth,
                              ObjectProvider<ProviderSources> sources, SignedInUser signedIn, ApplicationEventPublisher events) {
        this.connections = connections;
        this.flow = flow;
        this.cipher = cipher;
        this.oauth = oauth;
        this.sources = sources;
        this.signedIn = signedIn;
        this.events = events;
    }

    /** The providers the signed-in person can connect now (none while calendar integration is switched off). Never null. */
    @PreAuthorize("isAuthenticated()")
    public List<CalendarProvider> connectableProviders() {
        return Arrays.stream(CalendarProvider.values()).filter(flow::connectable).toList();
    }

    /** The signed-in person's connections, oldest first, without tokens. Never null. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CalendarConnection> connections() {
        return connections.findByOwnerIdOrderByCreatedAt(signedIn.requireId()).stream().map(Connections::view).toList();
    }

    /**
     * Disconnects one of the signed-in person's connections: revokes the grant at Google (Microsoft has no token
     * revocation), deletes the tokens, and removes its calendars and their events from the store.
     *
     * @return true when the provider confirmed the revocation
     * @throws CalendarConnectionNotFoundException for an unknown id or someone else's connection
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean disconnect(UUID connectionId) {
        var userId = signedIn.requireId();
        var connection = connections.findByIdAndOwnerId(connectionId, userId).orElseThrow(CalendarConnectionNotFoundException::new);
        var provider = connection.getProvider();
        String grant = null;
        boolean refreshToken = connection.getRefreshToken() != null;
        try {
            grant = cipher.decrypt(connection.getRefreshToken() != null ? connection.getRefreshToken() : connection.getAccessToken());
        } catch (IllegalStateException unreadable) {
            // a key that is gone: the tokens are useless anyway; delete them
        }
        connections.delete(connection);
        connections.flush();
        var store = sources.getIfAvailable();
        if (store != null) {
            store.removeAll(connectionId);
        }
        events.publishEvent(new CalendarConnectionsChanged(userId, connectionId));
        return oauth.revoke(provider, grant, refreshToken);
    }
}
