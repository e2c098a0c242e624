package app.helmsman.assist.ui;

import app.helmsman.assist.AssistService;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskActionContribution;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Offers "Suggest energy, focus and estimate" on an open task that lacks any of them (see
 * {@link TaskActionContribution}); the suggestions open in a small dialog and are only saved one by one or all at
 * once when the person says so.
 */
@Component
class ClassifyAction implements TaskActionContribution {

    private final AssistService assist;
    private final TaskService tasks;

    ClassifyAction(AssistService assist, TaskService tasks) {
        this.assist = assist;
        this.tasks = tasks;
    }

    @Override
    public String label() {
        return "Suggest energy, focus and estimate";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean appliesTo(TaskDetails task) {
        return task.status() != Status.DONE && task.deletedAt() == null
                && (task.energy() == null || task.focus() == null || task.estimateMinutes() == null);
    }

    @Override
    public void run(UUID taskId, Runnable changed, Runnable closed) {
        var task = tasks.get(taskId);
        var dialog = new Dialog();
        dialog.setHeaderTitle("Suggestions for \u201c" + task.title() + "\u201d");
        dialog.add(new ClassifySuggestions(assist, tasks, task, changed));
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                closed.run();
            }
        });
        dialog.open();
    }
}
