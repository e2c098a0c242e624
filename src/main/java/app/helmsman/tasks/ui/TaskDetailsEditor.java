package app.helmsman.tasks.ui;

import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskActionContribution;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/** Opens {@link TaskDetailsDialog} for lists ({@code e}, a title) and for the project view. */
@SpringComponent
@UIScope
class TaskDetailsEditor implements TaskEditor {

    private final TaskService tasks;
    private final ProjectService projects;
    private final ObjectProvider<TaskActionContribution> actions;
    private TaskDetailsDialog current;

    TaskDetailsEditor(TaskService tasks, ProjectService projects, ObjectProvider<TaskActionContribution> actions) {
        this.tasks = tasks;
        this.projects = projects;
        this.actions = actions;
    }

    @Override
    public void open(UUID taskId, Runnable closed) {
        if (current != null && current.isOpened()) {
            current.close();
        }
        var dialog = new TaskDetailsDialog(tasks, projects, tasks.get(taskId));
        dialog.getFooter().addComponentAsFirst(new ContributedActions(List.copyOf(actions.orderedStream().toList()), tasks, dialog));
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
