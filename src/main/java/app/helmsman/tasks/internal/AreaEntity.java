package app.helmsman.tasks.internal;

import app.helmsman.tasks.AreaView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "areas")
public class AreaEntity {

    @Id
    private UUID id;
    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;
    @Column(nullable = false, length = AreaView.NAME_MAX_LENGTH)
    private String name;
    @Column(nullable = false)
    private long position;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected AreaEntity() {
    }

    public AreaEntity(UUID ownerId, String name, long position, Instant now) {
        this.id = UUID.randomUUID();
        this.ownerId = Objects.requireNonNull(ownerId);
        setName(name);
        this.position = position;
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        var stripped = Objects.requireNonNull(name).strip();
        if (stripped.isEmpty() || stripped.length() > AreaView.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("area name must have 1 to " + AreaView.NAME_MAX_LENGTH + " characters");
        }
        this.name = stripped;
    }

    public long getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }

    public AreaView toView() {
        return new AreaView(id, name, position, version);
    }
}
