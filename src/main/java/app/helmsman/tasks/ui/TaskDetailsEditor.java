package app.helmsman.tasks.ui;

import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.UUID;

/** Opens {@link TaskDetailsDialog} for lists ({@code e}, a title) and for the project view. */
@SpringComponent
@UIScope
class TaskDetailsEditor implements TaskEditor {

    private final TaskService tasks;
    private final ProjectService projects;
    private TaskDetailsDialog current;

    TaskDetailsEditor(TaskService tasks, ProjectService projects) {
        this.tasks = tasks;
        this.projects = projects;
    }

    @Override
    public void open(UUID taskId, Runnable closed) {
        if (current != null && current.isOpened()) {
            current.close();
        }
        var dialog = new TaskDetailsDialog(tasks, projects, tasks.get(taskId));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                if (current == dialog) {
                    current = null;
                }
                closed.run();
            }
        });
        current = dialog;
        dialog.open();
    }

    /** The open dialog, for tests. */
    TaskDetailsDialog current() {
        return current;
    }
}
