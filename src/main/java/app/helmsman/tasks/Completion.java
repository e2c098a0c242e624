package app.helmsman.tasks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@link TaskService#complete} did.
 *
 * @param task the completed task
 * @param completedSubtasks the open subtasks (at any depth) completed with it, for undo
 * @param nextInstance the next instance of its series, if completing it created one
 */
public record Completion(TaskDetails task, List<UUID> completedSubtasks, Optional<UUID> nextInstance) {

    public Completion {
        completedSubtasks = List.copyOf(completedSubtasks);
    }
}
