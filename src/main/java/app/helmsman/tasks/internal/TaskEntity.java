package app.helmsman.tasks.internal;

import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import app.helmsman.tasks.RecurrenceMode;
import app.helmsman.tasks.Source;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDraft;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A task row. Invariants the database also checks: a title, priority 1-4, DONE exactly when completed. */
@Entity
@Table(name = "tasks")
public class TaskEntity {

    @Id
    private UUID id;
    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;
    @Column(nullable = false, length = TaskDraft.TITLE_MAX_LENGTH)
    private String title;
    private String notes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.TODO;
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Energy energy;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private FocusType focus;
    @Column(name = "estimate_minutes")
    private Integer estimateMinutes;
    @Column(name = "actual_minutes")
    private Integer actualMinutes;
    @Column(nullable = false)
    private short priority = 4;
    @Column(name = "do_date")
    private LocalDate doDate;
    @Column(name = "do_time")
    private LocalTime doTime;
    /** The explicit "remind me" time (reminders module); null for none. */
    @Column(name = "remind_at")
    private java.time.Instant remindAt;
    @Column(name = "soft_deadline")
    private LocalDate softDeadline;
    @Column(name = "hard_deadline")
    private LocalDate hardDeadline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Source source = Source.MANUAL;
    @Column(name = "project_id")
    private UUID projectId;
    @Column(name = "parent_id")
    private UUID parentId;
    /** Who in the project does it (issue 4); null for nobody in particular. */
    @Column(name = "assignee_id")
    private UUID assigneeId;
    @Column(nullable = false)
    private long position;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "recurrence_rule", length = 500)
    private String recurrenceRule;
    @Enumerated(EnumType.STRING)
    @Column(name = "recurrence_mode", length = 20)
    private RecurrenceMode recurrenceMode;
    @Column(name = "recurrence_start")
    private LocalDate recurrenceStart;
    @Column(name = "series_id")
    private UUID seriesId;
    @Column(name = "occurrence_date")
    private LocalDate occurrenceDate;
    @ManyToMany
    @JoinTable(name = "task_tags", joinColumns = @JoinColumn(name = "task_id"), inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<TagEntity> tags = new HashSet<>();
    @Version
    private long version;

    protected TaskEntity() {
    }

    public TaskEntity(UUID ownerId, String title, Source source, long position, Instant now) {
        this.id = UUID.randomUUID();
        this.ownerId = Objects.requireNonNull(ownerId);
        setTitle(title);
        this.source = source == null ? Source.MANUAL : source;
        this.position = position;
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        var stripped = Objects.requireNonNull(title).strip();
        if (stripped.isEmpty() || stripped.length() > TaskDraft.TITLE_MAX_LENGTH) {
            throw new IllegalArgumentException("title must have 1 to " + TaskDraft.TITLE_MAX_LENGTH + " characters");
        }
        this.title = stripped;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes == null || notes.isBlank() ? null : notes;
    }

    public Status getStatus() {
        return status;
    }

    /** Any status but DONE; use {@link #complete(Instant)} for that. */
    public void setOpenStatus(Status status) {
        if (status == Status.DONE) {
            throw new IllegalArgumentException("complete a task with complete()");
        }
        this.status = status == null ? Status.TODO : status;
        this.completedAt = null;
    }

    public void complete(Instant at) {
        this.status = Status.DONE;
        this.completedAt = at;
    }

    public Energy getEnergy() {
        return energy;
    }

    public void setEnergy(Energy energy) {
        this.energy = energy;
    }

    public FocusType getFocus() {
        return focus;
    }

    public void setFocus(FocusType focus) {
        this.focus = focus;
    }

    public Integer getEstimateMinutes() {
        return estimateMinutes;
    }

    public void setEstimateMinutes(Integer estimateMinutes) {
        this.estimateMinutes = checkMinutes(estimateMinutes);
    }

    public Integer getActualMinutes() {
        return actualMinutes;
    }

    public void setActualMinutes(Integer actualMinutes) {
        this.actualMinutes = checkMinutes(actualMinutes);
    }

    private static Integer checkMinutes(Integer minutes) {
        if (minutes != null && (minutes < 0 || minutes > TaskDraft.MAX_MINUTES)) {
            throw new IllegalArgumentException("minutes out of range: " + minutes);
        }
        return minutes;
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        int value = priority == null ? 4 : priority;
        if (value < 1 || value > 4) {
            throw new IllegalArgumentException("priority must be 1 to 4");
        }
        this.priority = (short) value;
    }

    public LocalDate getDoDate() {
        return doDate;
    }

    public LocalTime getDoTime() {
        return doTime;
    }

    /** A time without a date means nothing: it is dropped. */
    public void setDoDate(LocalDate date, LocalTime time) {
        this.doDate = date;
        this.doTime = date == null ? null : time;
    }

    public LocalDate getSoftDeadline() {
        return softDeadline;
    }

    public LocalDate getHardDeadline() {
        return hardDeadline;
    }

    public void setDeadlines(LocalDate soft, LocalDate hard) {
        this.softDeadline = soft;
        this.hardDeadline = hard;
    }

    public Source getSource() {
        return source;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public void setProjectId(UUID projectId) {
        this.projectId = projectId;
    }

    public UUID getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(UUID assigneeId) {
        this.assigneeId = assigneeId;
    }

    public UUID getParentId() {
        return parentId;
    }

    public void setParentId(UUID parentId) {
        if (id.equals(parentId)) {
            throw new IllegalArgumentException("a task cannot be its own parent");
        }
        this.parentId = parentId;
    }

    public long getPosition() {
        return position;
    }

    public void setPosition(long position) {
        this.position = position;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getRecurrenceRule() {
        return recurrenceRule;
    }

    public RecurrenceMode getRecurrenceMode() {
        return recurrenceMode;
    }

    public LocalDate getRecurrenceStart() {
        return recurrenceStart;
    }

    public UUID getSeriesId() {
        return seriesId;
    }

    public LocalDate getOccurrenceDate() {
        return occurrenceDate;
    }

    /** Makes this task an instance of a series (a new one unless it already is one), or stops the series here (null rule). */
    public void setRecurrence(String rule, RecurrenceMode mode, LocalDate start) {
        if (rule == null) {
            this.recurrenceRule = null;
            this.recurrenceMode = null;
            this.recurrenceStart = null;
            return;
        }
        this.recurrenceRule = rule;
        this.recurrenceMode = mode == null ? RecurrenceMode.FIXED : mode;
        this.recurrenceStart = Objects.requireNonNull(start);
        if (seriesId == null) {
            this.seriesId = UUID.randomUUID();
            this.occurrenceDate = start;
        }
    }

    public Set<TagEntity> getTags() {
        return tags;
    }

    public void setTags(Set<TagEntity> tags) {
        this.tags = new HashSet<>(tags);
    }

    public long getVersion() {
        return version;
    }

    public java.time.Instant getRemindAt() {
        return remindAt;
    }

    public void setRemindAt(java.time.Instant remindAt) {
        this.remindAt = remindAt;
    }
}
