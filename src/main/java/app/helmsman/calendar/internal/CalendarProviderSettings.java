package app.helmsman.calendar.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the calendar providers ({@code helmsman.calendar.*}).
 *
 * @param encryptionKey base64 of the 32-byte AES key new tokens are encrypted with ({@code HELMSMAN_ENCRYPTION_KEY})
 * @param encryptionOldKeys comma-separated base64 keys tokens may still be encrypted with ({@code HELMSMAN_ENCRYPTION_OLD_KEYS})
 * @param requireEncryptionKey true in production: refuse to start without {@code encryptionKey}
 * @param httpTimeout connect and read timeout of every call to a provider
 * @param google Google Calendar; usable when it has a client id
 * @param microsoft Outlook through Microsoft Graph; usable when it has a client id
 */
@ConfigurationProperties("helmsman.calendar")
public record CalendarProviderSettings(String encryptionKey, String encryptionOldKeys, boolean requireEncryptionKey, Duration httpTimeout,
                                       Provider google, Provider microsoft) {

    public CalendarProviderSettings {
        httpTimeout = httpTimeout == null ? Duration.ofSeconds(20) : httpTimeout;
        google = google == null ? new Provider(null, null, null, null, null, null) : google;
        microsoft = microsoft == null ? new Provider(null, null, null, null, null, null) : microsoft;
    }

    /**
     * One provider's OAuth client and endpoints. The endpoints default to the provider's real ones; tests point them
     * at mock-oauth2-server and WireMock.
     *
     * @param revokeUri token revocation (Google only; Microsoft has none)
     * @param apiBaseUrl root of the calendar API ({@code https://www.googleapis.com}, {@code https://graph.microsoft.com})
     */
    public record Provider(String clientId, String clientSecret, String authorizationUri, String tokenUri, String revokeUri, String apiBaseUrl) {

        public boolean enabled() {
            return clientId != null && !clientId.isBlank();
        }
    }

    List<String> oldKeys() {
        return encryptionOldKeys == null ? List.of()
                : Arrays.stream(encryptionOldKeys.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }
}
