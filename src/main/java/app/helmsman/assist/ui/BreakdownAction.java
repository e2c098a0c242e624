package app.helmsman.assist.ui;

import app.helmsman.assist.AssistService;
import app.helmsman.assist.AssistTasks;
import app.helmsman.tasks.TaskActionContribution;
import app.helmsman.tasks.TaskService;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Offers "Break it down" on every open task (see {@link TaskActionContribution}). */
@Component
class BreakdownAction implements TaskActionContribution {

    private final AssistService assist;
    private final AssistTasks assistTasks;
    private final TaskService tasks;

    BreakdownAction(AssistService assist, AssistTasks assistTasks, TaskService tasks) {
        this.assist = assist;
        this.assistTasks = assistTasks;
        this.tasks = tasks;
    }

    @Override
    public String label() {
        return "Break it down";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void run(UUID taskId, Runnable changed, Runnable closed) {
        var dialog = new BreakdownDialog(assist, assistTasks, tasks.get(taskId), changed);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                closed.run();
            }
        });
        dialog.open();
    }
}
