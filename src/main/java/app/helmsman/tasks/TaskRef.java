package app.helmsman.tasks;

import java.util.UUID;

/**
 * Another task named in a task's details (a blocker, a task it blocks). One the person may not open is named
 * only by {@link #HIDDEN_TITLE}, with no status ({@link #hidden(UUID)}): the id is kept so that the link can
 * still be removed, and ids of other people's tasks reveal nothing (they are refused like unknown ones).
 *
 * @param status null for a hidden task
 */
public record TaskRef(UUID id, String title, Status status) {

    /** What a task the person may not open is called wherever it is linked. */
    public static final String HIDDEN_TITLE = "A task you cannot see";

    /** A linked task the person may not open: no title, no status. */
    public static TaskRef hidden(UUID id) {
        return new TaskRef(id, HIDDEN_TITLE, null);
    }

    /** Whether this stands for a task the person may not open. */
    public boolean hidden() {
        return status == null;
    }
}
