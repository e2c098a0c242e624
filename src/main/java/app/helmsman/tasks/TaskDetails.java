package app.helmsman.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Every field of one task, for the details panel. Nullable as in {@link TaskView}, plus notes, actual
 * minutes and the recurrence fields.
 *
 * @param blockedBy the tasks this one waits for (those the person may not open as {@link TaskRef#hidden})
 * @param blocking the tasks that wait for this one (likewise)
 * @param seriesId the repeating series this task is an instance of, or null
 * @param occurrenceDate the date of the series this instance stands for (its do date may since have moved)
 * @param remindAt the "remind me" time, or null
 */
public record TaskDetails(UUID id, String title, String notes, Status status, Energy energy, FocusType focus,
                          Integer estimateMinutes, Integer actualMinutes, int priority, LocalDate doDate, LocalTime doTime,
                          LocalDate softDeadline, LocalDate hardDeadline, Source source, UUID projectId, UUID parentId,
                          List<String> tags, long position, Instant createdAt, Instant completedAt, Instant deletedAt,
                          String recurrenceRule, RecurrenceMode recurrenceMode, UUID seriesId, LocalDate occurrenceDate,
                          int childrenDone, int childrenTotal, List<TaskRef> blockedBy, List<TaskRef> blocking, long version,
                          Instant remindAt) {

    public TaskDetails {
        tags = List.copyOf(tags);
        blockedBy = List.copyOf(blockedBy);
        blocking = List.copyOf(blocking);
    }

    /** Details without a "remind me" time. */
    public TaskDetails(UUID id, String title, String notes, Status status, Energy energy, FocusType focus,
                       Integer estimateMinutes, Integer actualMinutes, int priority, LocalDate doDate, LocalTime doTime,
                       LocalDate softDeadline, LocalDate hardDeadline, Source source, UUID projectId, UUID parentId,
                       List<String> tags, long position, Instant createdAt, Instant completedAt, Instant deletedAt,
                       String recurrenceRule, RecurrenceMode recurrenceMode, UUID seriesId, LocalDate occurrenceDate,
                       int childrenDone, int childrenTotal, List<TaskRef> blockedBy, List<TaskRef> blocking, long version) {
        this(id, title, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, source,
                projectId, parentId, tags, position, createdAt, completedAt, deletedAt, recurrenceRule, recurrenceMode, seriesId, occurrenceDate,
                childrenDone, childrenTotal, blockedBy, blocking, version, null);
    }

    /** This task's editable fields, to change and pass to {@link TaskService#update}. */
    public TaskChange toChange() {
        return new TaskChange(title, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime,
                softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    /** Waiting for a blocker that is not done; a blocker the person may not open counts as not done (they cannot finish it). */
    public boolean waiting() {
        return blockedBy.stream().anyMatch(b -> b.status() != Status.DONE);
    }
}
