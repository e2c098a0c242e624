package app.helmsman.tasks;

import app.helmsman.tasks.internal.LinkedTask;
import app.helmsman.tasks.internal.TaskQueries;
import app.helmsman.tasks.internal.TaskRepository;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads a task with every field, its progress, tags and dependencies, as the task services answer after a
 * change. Runs in the caller's transaction. The task itself is not checked again (the calling service has
 * loaded it through {@link TaskAccess}), but every other task it names passes the same read rule
 * ({@link TaskAccess#canRead}): one the person may not open is a {@link TaskRef#hidden} reference, without
 * title or status (finding 4 of issue 11).
 */
@Component
class TaskDetailsLoader {

    private final TaskRepository tasks;
    private final TaskQueries queries;
    private final TaskAccess access;

    TaskDetailsLoader(TaskRepository tasks, TaskQueries queries, TaskAccess access) {
        this.tasks = tasks;
        this.queries = queries;
        this.access = access;
    }

    /** Flushes pending changes first, so that the answer shows them. */
    TaskDetails load(UUID id) {
        tasks.flush();
        var task = tasks.findById(id).orElseThrow(TaskNotFoundException::new);
        var progress = queries.progress(id);
        return new TaskDetails(task.getId(), task.getTitle(), task.getNotes(), task.getStatus(), task.getEnergy(), task.getFocus(),
                task.getEstimateMinutes(), task.getActualMinutes(), task.getPriority(), task.getDoDate(), task.getDoTime(),
                task.getSoftDeadline(), task.getHardDeadline(), task.getSource(), task.getProjectId(), task.getParentId(),
                queries.tags(id), task.getPosition(), task.getCreatedAt(), task.getCompletedAt(), task.getDeletedAt(),
                task.getRecurrenceRule(), task.getRecurrenceMode(), task.getSeriesId(), task.getOccurrenceDate(),
                progress[0], progress[1], refs(queries.blockers(id)), refs(queries.blocking(id)), task.getVersion(),
                task.getRemindAt());
    }

    /** The titles of these tasks in this order, as the signed-in person may see them ({@link TaskRef#HIDDEN_TITLE} otherwise). */
    List<String> titles(List<UUID> ids) {
        var byId = new HashMap<UUID, TaskRef>();
        refs(queries.linked(ids)).forEach(ref -> byId.put(ref.id(), ref));
        return ids.stream().map(id -> byId.getOrDefault(id, TaskRef.hidden(id)).title()).toList();
    }

    private List<TaskRef> refs(List<LinkedTask> linked) {
        return linked.stream().map(t -> access.canRead(t.ownerId(), t.projectId()) ? new TaskRef(t.id(), t.title(), t.status())
                : TaskRef.hidden(t.id())).toList();
    }
}
