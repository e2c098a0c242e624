package app.helmsman.tasks.internal;

import app.helmsman.tasks.ProjectView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

@Entity
@Table(name = "projects")
public class ProjectEntity {

    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-f]{6}$");

    @Id
    private UUID id;
    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;
    @Column(name = "area_id")
    private UUID areaId;
    @Column(nullable = false, length = ProjectView.NAME_MAX_LENGTH)
    private String name;
    @Column(nullable = false, length = 7)
    private String colour = ProjectView.DEFAULT_COLOUR;
    @Column(nullable = false)
    private boolean archived;
    @Column(nullable = false)
    private long position;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected ProjectEntity() {
    }

    public ProjectEntity(UUID ownerId, String name, long position, Instant now) {
        this.id = UUID.randomUUID();
        this.ownerId = Objects.requireNonNull(ownerId);
        setName(name);
        this.position = position;
        this.createdAt = now;
    }

    /** A colour as stored ({@code #rrggbb}), or null if it is not one. */
    public static String normaliseColour(String colour) {
        if (colour == null) {
            return null;
        }
        var lower = colour.strip().toLowerCase(Locale.ROOT);
        return COLOUR.matcher(lower).matches() ? lower : null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public UUID getAreaId() {
        return areaId;
    }

    public void setAreaId(UUID areaId) {
        this.areaId = areaId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        var stripped = Objects.requireNonNull(name).strip();
        if (stripped.isEmpty() || stripped.length() > ProjectView.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("project name must have 1 to " + ProjectView.NAME_MAX_LENGTH + " characters");
        }
        this.name = stripped;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        var normalised = colour == null ? ProjectView.DEFAULT_COLOUR : normaliseColour(colour);
        if (normalised == null) {
            throw new IllegalArgumentException("colour must be #rrggbb");
        }
        this.colour = normalised;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public long getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }
}
