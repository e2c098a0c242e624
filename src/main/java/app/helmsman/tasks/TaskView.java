package app.helmsman.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A task as a list shows it. Nullable: energy, focus, estimate, dates, project, parent, completedAt, deletedAt.
 *
 * @param rolledOver planned for an earlier day and not done yet: it rolled over to today (show it calmly, not as "overdue")
 * @param waiting some task it is blocked by is not done yet
 * @param childrenDone subtasks done, of {@code childrenTotal} (not trashed), for progress
 * @param version the optimistic-lock version to send back with an update
 * @param assigneeId who in the project does it, or null
 */
public record TaskView(UUID id, String title, Status status, Energy energy, FocusType focus, int priority, LocalDate doDate,
                       LocalTime doTime, LocalDate softDeadline, LocalDate hardDeadline, Integer estimateMinutes, UUID projectId,
                       UUID parentId, List<String> tags, long position, boolean recurring, boolean rolledOver, boolean waiting,
                       int childrenDone, int childrenTotal, Instant completedAt, Instant deletedAt, long version, UUID assigneeId) {

    public TaskView {
        tags = List.copyOf(tags);
    }

    /** A task nobody in particular is assigned to. */
    public TaskView(UUID id, String title, Status status, Energy energy, FocusType focus, int priority, LocalDate doDate,
                    LocalTime doTime, LocalDate softDeadline, LocalDate hardDeadline, Integer estimateMinutes, UUID projectId,
                    UUID parentId, List<String> tags, long position, boolean recurring, boolean rolledOver, boolean waiting,
                    int childrenDone, int childrenTotal, Instant completedAt, Instant deletedAt, long version) {
        this(id, title, status, energy, focus, priority, doDate, doTime, softDeadline, hardDeadline, estimateMinutes, projectId, parentId,
                tags, position, recurring, rolledOver, waiting, childrenDone, childrenTotal, completedAt, deletedAt, version, null);
    }
}
