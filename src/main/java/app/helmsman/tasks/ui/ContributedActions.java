package app.helmsman.tasks.ui;

import app.helmsman.tasks.TaskActionContribution;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The buttons other modules contribute to a task's details ("Break it down", "Suggest energy and focus"), see
 * {@link TaskActionContribution}. After an action changed the task, the details re-read it and the window's
 * lists refresh; when the action's own dialog closes, focus returns to its button.
 */
final class ContributedActions extends Div {

    ContributedActions(List<TaskActionContribution> actions, TaskService tasks, TaskDetailsDialog details) {
        addClassName("hm-task-actions");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Help with this task");
        TaskDetails task = details.stored();
        actions.stream().filter(a -> a.appliesTo(task)).sorted(Comparator.comparingInt(TaskActionContribution::order)).forEach(action -> {
            var button = new Button(action.label());
            button.addClickListener(e -> action.run(task.id(), () -> {
                details.reload(tasks.get(task.id()));
                TasksChangedHere.fire(Set.of(task.id()));
            }, button::focus));
            add(button);
        });
        setVisible(getComponentCount() > 0);
    }
}
