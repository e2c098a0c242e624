package app.helmsman.tasks;

import java.util.List;
import java.util.UUID;

/**
 * Completing several tasks where some have open subtasks needs a {@link ChildrenOption}: nothing was completed;
 * ask the person once, then complete them all with their answer.
 */
public class BulkOpenSubtasksException extends OpenSubtasksException {

    private final List<UUID> tasks;

    public BulkOpenSubtasksException(List<UUID> tasks, int openSubtasks) {
        super(openSubtasks);
        this.tasks = List.copyOf(tasks);
    }

    /** The tasks that have open subtasks, in the order given. */
    public List<UUID> tasks() {
        return tasks;
    }
}
