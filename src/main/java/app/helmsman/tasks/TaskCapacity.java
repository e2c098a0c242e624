package app.helmsman.tasks;

import app.helmsman.tasks.internal.TaskRepository;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The cap on tasks per account ({@link TasksSettings#maxTasksPerAccount()}, {@code HELMSMAN_TASKS_MAX_PER_ACCOUNT}):
 * every task an account owns counts (done and trashed ones too, since they take room until purged). Every path that
 * creates tasks asks here first: create (so quick add, brain dump and breakdown), import, and the next instance of a
 * repeating task. Two creations at the same moment may pass the cap by a few; it bounds growth, not an exact count.
 */
@Component
class TaskCapacity {

    private final TaskRepository tasks;
    private final int max;

    TaskCapacity(TaskRepository tasks, TasksSettings settings) {
        this.tasks = tasks;
        this.max = settings.maxTasksPerAccount();
    }

    /** @throws TaskValidationException (field "tasks") when the account has no room for {@code adding} more tasks */
    void checkRoomFor(UUID owner, int adding) {
        if (!hasRoomFor(owner, adding)) {
            throw new TaskValidationException("tasks", message(adding));
        }
    }

    boolean hasRoomFor(UUID owner, int adding) {
        return tasks.countByOwnerId(owner) + adding <= max;
    }

    String message(int adding) {
        var limit = String.format(java.util.Locale.ROOT, "%,d", max);
        return adding == 1 ? "This account has reached its limit of " + limit + " tasks (done and trashed ones count too). "
                + "Empty the trash or delete tasks you no longer need, then add it again."
                : "These " + String.format(java.util.Locale.ROOT, "%,d", adding) + " tasks would take the account past its limit of " + limit
                + " tasks (done and trashed ones count too). Empty the trash or delete tasks you no longer need first.";
    }

    int max() {
        return max;
    }
}
