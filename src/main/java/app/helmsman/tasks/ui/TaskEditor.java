package app.helmsman.tasks.ui;

import java.util.UUID;

/**
 * Opens a task's details for editing. Lists ask for it when the person presses {@code e} or activates a
 * title; the task details dialog implements it as a UI-scoped Spring bean.
 */
interface TaskEditor {

    /**
     * Opens the task's details.
     *
     * @param closed runs when the details close, so that the caller can put focus back where it was
     */
    void open(UUID taskId, Runnable closed);
}
