package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.Focus;
import app.helmsman.tasks.TaskDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import java.util.UUID;

/**
 * "Task added" after quick add. When the new task is in a list on screen, the row itself shows it and the
 * message is only spoken; when it went somewhere else (another project, the Inbox), a visible message says
 * where, with a link there, so nothing silently disappears.
 */
final class AddedNotice {

    static final int DURATION_MS = 10_000;

    private AddedNotice() {
    }

    /** Says that the task was added, and where, after the window's lists have refreshed. */
    static void show(TaskDetails task, Map<UUID, String> projectNames) {
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (shown(ui, task.id())) {
            Announcer.announce("Task added: " + task.title());
            return;
        }
        var place = task.projectId() == null ? "Inbox" : projectNames.getOrDefault(task.projectId(), "its project");
        var link = task.projectId() == null ? new RouterLink("Open Inbox", InboxView.class)
                : new RouterLink("Open " + place, ProjectDetailsView.class, new RouteParameters("projectId", task.projectId().toString()));
        var notification = new Notification();
        notification.addClassName("hm-added-notice");
        notification.setDuration(DURATION_MS);
        // At the top, as Undo is: at the bottom it covered the row that keeps focus after a quick add opened from
        // the last row of a full list (issue 17), and on a phone the top is above the fold.
        notification.setPosition(Notification.Position.TOP_CENTER);
        var text = new Span("Task added to " + place + ": " + task.title());
        var close = new Button("Close", e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        link.getElement().addEventListener("click", e -> notification.close());
        var content = new Div(text, link, close);
        content.addClassName("hm-added-notice-content");
        notification.add(content);
        notification.open();
        Focus.clearOf(notification);
        Announcer.speaksFor(notification);
        Announcer.announce("Task added to " + place + ": " + task.title() + ". It is not in this view.");
    }

    /** Whether any task list in the window shows a row for the task. */
    static boolean shown(UI ui, UUID taskId) {
        return contains(ui, taskId);
    }

    private static boolean contains(Component component, UUID taskId) {
        if (component instanceof TaskList list) {
            return list.row(taskId) != null;
        }
        return component.getChildren().anyMatch(child -> contains(child, taskId));
    }
}
