package app.helmsman.tasks;

/** No such task for the signed-in person (unknown, or someone else's: indistinguishable on purpose). */
public final class TaskNotFoundException extends NotFoundException {

    public TaskNotFoundException() {
        super("This task does not exist or was deleted.");
    }
}
