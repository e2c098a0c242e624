package app.helmsman.tasks.internal;

import app.helmsman.tasks.TagView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "tags")
public class TagEntity {

    @Id
    private UUID id;
    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;
    @Column(nullable = false, length = TagView.NAME_MAX_LENGTH)
    private String name;
    @Version
    private long version;

    protected TagEntity() {
    }

    public TagEntity(UUID ownerId, String name) {
        this.id = UUID.randomUUID();
        this.ownerId = Objects.requireNonNull(ownerId);
        setName(name);
    }

    /** Tags are written without spaces or a leading {@code #}, as quick add reads them. */
    public static String normaliseName(String name) {
        var stripped = Objects.requireNonNull(name).strip();
        while (stripped.startsWith("#")) {
            stripped = stripped.substring(1);
        }
        return stripped.replaceAll("\\s+", "-");
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
        var normalised = normaliseName(name);
        if (normalised.isEmpty() || normalised.length() > TagView.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("tag name must have 1 to " + TagView.NAME_MAX_LENGTH + " characters");
        }
        this.name = normalised;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TagEntity tag && id.equals(tag.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
