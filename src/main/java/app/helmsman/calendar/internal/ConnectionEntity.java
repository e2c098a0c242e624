package app.helmsman.calendar.internal;

import app.helmsman.calendar.CalendarProvider;
import app.helmsman.calendar.ConnectionState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person's grant at a provider. The token columns hold {@link TokenCipher} text only, never a token in clear. */
@Entity
@Table(name = "calendar_connections")
public class ConnectionEntity {

    public static final int EMAIL_MAX_LENGTH = 320;
    public static final int SCOPES_MAX_LENGTH = 1000;

    @Id
    private UUID id;
    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CalendarProvider provider;
    @Column(name = "account_email", nullable = false, length = EMAIL_MAX_LENGTH)
    private String accountEmail;
    @Column(nullable = false, length = SCOPES_MAX_LENGTH)
    private String scopes;
    @Column(name = "access_token", nullable = false)
    private String accessToken;
    @Column(name = "refresh_token")
    private String refreshToken;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConnectionState state;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected ConnectionEntity() {
    }

    public ConnectionEntity(UUID ownerId, CalendarProvider provider, String accountEmail, Instant now) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.provider = provider;
        this.accountEmail = bounded(accountEmail == null || accountEmail.isBlank() ? "(unknown account)" : accountEmail.strip(), EMAIL_MAX_LENGTH);
        this.createdAt = now;
        this.state = ConnectionState.CONNECTED;
    }

    /** Stores a grant's tokens, already encrypted by the caller. */
    public void grant(String scopes, String encryptedAccessToken, String encryptedRefreshToken, Instant expiresAt) {
        this.scopes = bounded(scopes == null ? "" : scopes, SCOPES_MAX_LENGTH);
        this.accessToken = encryptedAccessToken;
        if (encryptedRefreshToken != null) {
            this.refreshToken = encryptedRefreshToken;
        }
        this.expiresAt = expiresAt;
        this.state = ConnectionState.CONNECTED;
    }

    public void needsReconnecting() {
        this.state = ConnectionState.NEEDS_RECONNECTING;
    }

    /** Re-encryption under another key: the same tokens, other text. */
    void reencrypted(String accessToken, String refreshToken) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
    }

    private static String bounded(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public UUID getId() {
        return id;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public CalendarProvider getProvider() {
        return provider;
    }

    public String getAccountEmail() {
        return accountEmail;
    }

    public String getScopes() {
        return scopes;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public ConnectionState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
