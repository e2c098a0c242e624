package app.helmsman.accounts;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the accounts module ({@code helmsman.accounts.*}).
 *
 * @param rememberMeKey key of the persistent-login tokens; blank picks a random one per instance, which is
 *                      safe because the tokens themselves live in PostgreSQL
 * @param rememberMeDays how long a persistent login lasts without use
 * @param maxFailuresPerAccount failed sign-ins for one email within {@code failureWindow} before a lockout
 * @param maxFailuresPerAddress failed sign-ins from one client address within {@code failureWindow} before a lockout
 * @param failureWindow the window failures are counted in
 * @param lockout how long sign-in is refused after too many failures
 * @param anonymousSessionTimeout how long a session nobody signed in to lives without requests (the sign-in
 *                                page's heartbeat keeps an open one alive); signing in gives it the
 *                                configured {@code server.servlet.session.timeout}
 * @param maxAnonymousSessions most live anonymous sessions per instance (each sign-in page holds one: about 2 KB of
 *                             heap, about 14 KB once a browser has built the sign-in view in it); one more invalidates
 *                             the oldest anonymous one; signed-in sessions are never counted nor touched
 * @param hsts send Strict-Transport-Security (production, behind TLS)
 * @param google Google sign-in; enabled when it has a client id
 * @param microsoft Microsoft sign-in (multi-tenant "common"); enabled when it has a client id
 */
@ConfigurationProperties("helmsman.accounts")
public record AccountsSettings(
        String rememberMeKey,
        int rememberMeDays,
        int maxFailuresPerAccount,
        int maxFailuresPerAddress,
        Duration failureWindow,
        Duration lockout,
        Duration anonymousSessionTimeout,
        int maxAnonymousSessions,
        boolean hsts,
        Provider google,
        Provider microsoft) {

    /**
     * One OAuth2/OIDC provider. The endpoint URIs default to the provider's real ones; tests point them at
     * a local identity provider. For Microsoft, {@code issuerUri} is a template with {@code {tid}}: the
     * issuer of a multi-tenant token must equal it with the token's own tenant id.
     */
    public record Provider(String clientId, String clientSecret, String authorizationUri, String tokenUri, String jwkSetUri,
                           String userInfoUri, String issuerUri, List<String> allowedTenants) {

        public boolean enabled() {
            return clientId != null && !clientId.isBlank();
        }
    }

    /** About 70 MB of heap at the measured 14 KB per sign-in page with its view: 3.5 % of a 2 GiB pod (AnonymousSessionCapIT). */
    public static final int DEFAULT_MAX_ANONYMOUS_SESSIONS = 5000;

    public AccountsSettings {
        rememberMeDays = rememberMeDays <= 0 ? 30 : rememberMeDays;
        maxFailuresPerAccount = maxFailuresPerAccount <= 0 ? 5 : maxFailuresPerAccount;
        maxFailuresPerAddress = maxFailuresPerAddress <= 0 ? 20 : maxFailuresPerAddress;
        failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        anonymousSessionTimeout = anonymousSessionTimeout == null || anonymousSessionTimeout.isNegative() || anonymousSessionTimeout.isZero()
                ? Duration.ofMinutes(3) : anonymousSessionTimeout;
        maxAnonymousSessions = maxAnonymousSessions <= 0 ? DEFAULT_MAX_ANONYMOUS_SESSIONS : maxAnonymousSessions;
        google = google == null ? new Provider(null, null, null, null, null, null, null, List.of()) : google;
        microsoft = microsoft == null ? new Provider(null, null, null, null, null, null, null, List.of()) : microsoft;
    }
}
