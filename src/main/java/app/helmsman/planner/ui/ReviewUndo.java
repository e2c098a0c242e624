package app.helmsman.planner.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.Keys;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.DomListenerRegistration;

/**
 * "Moved 'Pay rent' to tomorrow. Undo" after a move in the review: the same behaviour as the task lists' undo (a
 * notification with Undo and Dismiss, Ctrl+Z while it is shown, announced once); one at a time per window.
 */
final class ReviewUndo {

    static final int DURATION_MS = 10_000;

    private final Notification notification = new Notification();
    private final Button button = new Button("Undo");
    private final Runnable action;
    private DomListenerRegistration ctrlZ;
    private boolean done;

    private ReviewUndo(String message, Runnable action) {
        this.action = action;
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setAriaLabel("Undo: " + message);
        button.addClickListener(e -> undo());
        var dismiss = new Button("Dismiss", e -> close());
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var content = new Div(new Span(message), button, dismiss);
        content.addClassName("hm-undo");
        notification.add(content);
        notification.setDuration(DURATION_MS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                release();
            }
        });
    }

    /** Shows the notification; {@code action} puts things back. */
    static void show(String message, Runnable action) {
        var ui = UI.getCurrent();
        var previous = ComponentUtil.getData(ui, ReviewUndo.class);
        if (previous != null) {
            previous.close();
        }
        var undo = new ReviewUndo(message, action);
        ComponentUtil.setData(ui, ReviewUndo.class, undo);
        undo.ctrlZ = Keys.ctrl(ui, "z", undo::undo);
        undo.notification.open();
        Announcer.announce(message + ". Press Control Z to undo.");
    }

    private void undo() {
        if (done) {
            return;
        }
        done = true;
        close();
        action.run();
        Announcer.announce("Undone.");
    }

    private void close() {
        notification.close();
        release();
    }

    private void release() {
        if (ctrlZ != null) {
            ctrlZ.remove();
            ctrlZ = null;
        }
        var ui = UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, ReviewUndo.class) == this) {
            ComponentUtil.setData(ui, ReviewUndo.class, null);
        }
    }
}
