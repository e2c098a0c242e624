package app.helmsman.tasks;

import app.helmsman.tasks.internal.TaskQueries;
import app.helmsman.tasks.internal.TaskRepository;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads a task with every field, its progress, tags and dependencies, as the task services answer after a
 * change. Runs in the caller's transaction and checks no access: the calling service has loaded the task
 * through {@link TaskAccess} already.
 */
@Component
class TaskDetailsLoader {

    private final TaskRepository tasks;
    private final TaskQueries queries;

    TaskDetailsLoader(TaskRepository tasks, TaskQueries queries) {
        this.tasks = tasks;
        this.queries = queries;
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
                progress[0], progress[1], queries.blockers(id), queries.blocking(id), task.getVersion());
    }
}
