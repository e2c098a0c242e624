package app.helmsman.tasks;

import java.util.UUID;

/**
 * An action another module offers on one task ("Break it down", "Suggest energy and focus"), so that the task
 * details panel can show it without depending on that module: {@code tasks} knows only this interface, the
 * contributing module implements it as a Spring bean (UI-scoped when it opens UI), and the panel asks the
 * Spring context for every implementation and shows one button per applicable action, in {@link #order()}.
 */
public interface TaskActionContribution {

    /** The button's text, e.g. "Break it down"; also its accessible name. */
    String label();

    /** Smaller comes first. */
    default int order() {
        return 100;
    }

    /** Whether the action makes sense for this task (e.g. not for a done or trashed one). */
    default boolean appliesTo(TaskDetails task) {
        return task.status() != Status.DONE && task.deletedAt() == null;
    }

    /**
     * Runs the action for the task in the current UI (typically opens a dialog).
     *
     * @param changed runs (in the same UI) after the action changed tasks, with nothing or the changed ids known,
     *     so the caller can re-read the task and its lists
     * @param closed runs when the action's UI closes, changed or not, so the caller can put focus back
     */
    void run(UUID taskId, Runnable changed, Runnable closed);
}
