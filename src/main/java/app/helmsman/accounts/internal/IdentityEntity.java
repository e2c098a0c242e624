package app.helmsman.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A sign-in identity at an OAuth2/OIDC provider, linked to one account. */
@Entity
@Table(name = "user_identities")
public class IdentityEntity {

    @Id
    private UUID id;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(nullable = false, length = 20)
    private String provider;
    @Column(nullable = false, length = 255)
    private String subject;
    @Column(length = 64)
    private String tenant;
    @Column(length = 320)
    private String email;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdentityEntity() {
    }

    public IdentityEntity(UUID userId, String provider, String subject, String tenant, String email, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.provider = provider;
        this.subject = subject;
        this.tenant = tenant;
        this.email = email;
        this.createdAt = now;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getProvider() {
        return provider;
    }
}
