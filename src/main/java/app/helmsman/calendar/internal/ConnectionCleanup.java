package app.helmsman.calendar.internal;

import app.helmsman.accounts.AccountDeleted;
import app.helmsman.calendar.CalendarProvider;
import app.helmsman.calendar.internal.spi.ProviderSources;
import java.util.ArrayList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A deleted account takes its connections with it: their calendars leave the store and the rows go inside the
 * deletion's transaction; once it has committed, Google grants are revoked (best effort: the tokens are gone anyway).
 */
@Component
class ConnectionCleanup {

    private final ConnectionRepository connections;
    private final ObjectProvider<ProviderSources> sources;
    private final TokenCipher cipher;
    private final OAuthClient oauth;

    ConnectionCleanup(ConnectionRepository connections, ObjectProvider<ProviderSources> sources, TokenCipher cipher, OAuthClient oauth) {
        this.connections = connections;
        this.sources = sources;
        this.cipher = cipher;
        this.oauth = oauth;
    }

    @EventListener
    void accountDeleted(AccountDeleted event) {
        var revocations = new ArrayList<String>();
        for (var connection : connections.findByOwnerIdOrderByCreatedAt(event.userId())) {
            if (connection.getProvider() == CalendarProvider.GOOGLE && connection.getRefreshToken() != null) {
                try {
                    revocations.add(cipher.decrypt(connection.getRefreshToken()));
                } catch (IllegalStateException unreadable) {
                    // nothing to revoke with
                }
            }
            var store = sources.getIfAvailable();
            if (store != null) {
                store.removeAll(connection.getId());
            }
            connections.delete(connection);
        }
        connections.flush();
        if (!revocations.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    revocations.forEach(token -> oauth.revoke(CalendarProvider.GOOGLE, token, true));
                }
            });
        }
    }
}
