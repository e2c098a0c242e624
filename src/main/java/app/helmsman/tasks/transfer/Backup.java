package app.helmsman.tasks.transfer;

import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import app.helmsman.tasks.RecurrenceMode;
import app.helmsman.tasks.Source;
import app.helmsman.tasks.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Everything a person has, as the Helmsman JSON export writes it and its import reads it back. Ids are only
 * references inside one file (an import gives everything new ids); in an export they are the stored UUIDs.
 *
 * @param format always {@value #FORMAT}
 * @param version the format version, {@value #VERSION}; an import refuses newer versions
 */
public record Backup(String format, int version, Instant exportedAt, List<Area> areas, List<Project> projects, List<Tag> tags,
                     List<Task> tasks) {

    public static final String FORMAT = "helmsman";
    public static final int VERSION = 1;

    public Backup {
        areas = areas == null ? List.of() : List.copyOf(areas);
        projects = projects == null ? List.of() : List.copyOf(projects);
        tags = tags == null ? List.of() : List.copyOf(tags);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    public record Area(String id, String name, long position, Instant createdAt) {
    }

    /** @param areaId the id of an area of the same file, or null */
    public record Project(String id, String areaId, String name, String colour, boolean archived, long position, Instant createdAt) {
    }

    public record Tag(String name) {
    }

    /**
     * A task with every stored field.
     *
     * @param projectId the id of a project of the same file, or null for the Inbox
     * @param parentId the id of a task of the same file, or null
     * @param tags tag names
     * @param blockedBy ids of tasks of the same file this one waits for
     * @param seriesId tasks with the same series id are instances of one repeating task
     * @param remindAt the "remind me" time, or null (absent in files from before it existed)
     */
    public record Task(String id, String title, String notes, Status status, Energy energy, FocusType focus, Integer estimateMinutes,
                       Integer actualMinutes, Integer priority, LocalDate doDate, LocalTime doTime, LocalDate softDeadline,
                       LocalDate hardDeadline, Source source, String projectId, String parentId, List<String> tags, List<String> blockedBy,
                       long position, Instant createdAt, Instant completedAt, Instant deletedAt, String recurrenceRule,
                       RecurrenceMode recurrenceMode, LocalDate recurrenceStart, String seriesId, LocalDate occurrenceDate,
                       Instant remindAt) {

        public Task {
            tags = tags == null ? List.of() : List.copyOf(tags);
            blockedBy = blockedBy == null ? List.of() : List.copyOf(blockedBy);
        }

        /** A task without a "remind me" time (CSV rows, Todoist). */
        public Task(String id, String title, String notes, Status status, Energy energy, FocusType focus, Integer estimateMinutes,
                    Integer actualMinutes, Integer priority, LocalDate doDate, LocalTime doTime, LocalDate softDeadline,
                    LocalDate hardDeadline, Source source, String projectId, String parentId, List<String> tags, List<String> blockedBy,
                    long position, Instant createdAt, Instant completedAt, Instant deletedAt, String recurrenceRule,
                    RecurrenceMode recurrenceMode, LocalDate recurrenceStart, String seriesId, LocalDate occurrenceDate) {
            this(id, title, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline,
                    source, projectId, parentId, tags, blockedBy, position, createdAt, completedAt, deletedAt, recurrenceRule, recurrenceMode,
                    recurrenceStart, seriesId, occurrenceDate, null);
        }
    }
}
