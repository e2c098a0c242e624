package app.helmsman.assist.ui;

import app.helmsman.Windows;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.TaskActionContribution;
import com.vaadin.flow.component.UI;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationContext;

/** Shared steps of the assist view tests. */
final class AssistUiTesting {

    private AssistUiTesting() {
    }

    /** The contribution with this label, as the task details panel finds it: by type in the Spring context. */
    static TaskActionContribution action(ApplicationContext context, String label) {
        return context.getBeansOfType(TaskActionContribution.class).values().stream()
                .filter(a -> a.label().equals(label)).findFirst().orElseThrow();
    }

    /** Runs the UI's pending {@code ui.access} tasks until the condition holds (results arrive from other threads). */
    static void await(BooleanSupplier done) {
        Windows.runPendingUntil("the assistant to answer", done);
    }

    /** The last announcement, without the no-break space that makes a repeated message speak again. */
    static String announced() {
        return Announcer.lastMessage(UI.getCurrent()).replace('\u00a0', ' ').strip();
    }
}
