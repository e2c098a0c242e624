package app.helmsman.tasks;

/**
 * The task changed since the person loaded it (another tab, device or person saved first). Carries the
 * task as it is now, so a view can show both and keep what the person typed.
 */
public class TaskConflictException extends RuntimeException {

    private final transient TaskDetails current;

    public TaskConflictException(TaskDetails current) {
        super("This task was changed elsewhere since you opened it.");
        this.current = current;
    }

    /** The task as saved now. */
    public TaskDetails current() {
        return current;
    }
}
