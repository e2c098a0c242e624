package app.helmsman.tasks;

/** Completing a task with open subtasks needs a {@link ChildrenOption}: ask the person what to do with them. */
public class OpenSubtasksException extends RuntimeException {

    private final int openSubtasks;

    public OpenSubtasksException(int openSubtasks) {
        super(openSubtasks == 1 ? "This task has 1 open subtask." : "This task has " + openSubtasks + " open subtasks.");
        this.openSubtasks = openSubtasks;
    }

    /** Open subtasks at any depth. */
    public int openSubtasks() {
        return openSubtasks;
    }
}
