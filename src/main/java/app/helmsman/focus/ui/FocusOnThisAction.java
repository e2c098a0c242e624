package app.helmsman.focus.ui;

import app.helmsman.tasks.TaskActionContribution;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.QueryParameters;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** "Focus on this" in a task's details (see {@link TaskActionContribution}): opens the focus view for the task. */
@Component
class FocusOnThisAction implements TaskActionContribution {

    @Override
    public String label() {
        return "Focus on this";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public void run(UUID taskId, Runnable changed, Runnable closed) {
        var ui = UI.getCurrent();
        // the details dialog (and anything under it) closes: the focus view takes the whole screen
        ui.getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast).toList().forEach(Dialog::close);
        ui.navigate("focus", QueryParameters.of("task", taskId.toString()));
    }
}
