package app.helmsman.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.DomListenerRegistration;

/**
 * "Completed 'Pay rent'. Undo": a notification with an Undo button after an action (task lists, the review), announced to
 * screen readers, undone with the button or Ctrl+Z while it is shown. One at a time per window: a new
 * one replaces the last (which can then no longer be undone).
 */
public final class Undo {

    public static final int DURATION_MS = 10_000;

    private final Notification notification = new Notification();
    private final Button button = new Button("Undo");
    private final Runnable action;
    private DomListenerRegistration ctrlZ;
    private boolean done;

    private Undo(String message, Runnable action) {
        this.action = action;
        var text = new Span(message);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setAriaLabel("Undo: " + message);
        button.addClickListener(e -> undo());
        var close = new Button("Dismiss", e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var content = new Div(text, button, close);
        content.addClassName("hm-undo");
        notification.add(content);
        notification.setDuration(DURATION_MS);
        // At the top: above the fold on a phone (issue 17) and never over the last rows, where focus usually is.
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                release();
            }
        });
    }

    /** Shows the notification in the current window; {@code action} puts things back and announces nothing itself. */
    public static Undo show(String message, Runnable action) {
        var ui = UI.getCurrent();
        var previous = ComponentUtil.getData(ui, Undo.class);
        if (previous != null) {
            previous.close();
        }
        var undo = new Undo(message, action);
        ComponentUtil.setData(ui, Undo.class, undo);
        undo.ctrlZ = Keys.ctrl(ui, "z", undo::undo);
        undo.notification.open();
        Focus.clearOf(undo.notification);
        Announcer.speaksFor(undo.notification);
        Announcer.announce(message + ". Press Control Z to undo.");
        return undo;
    }

    /** The undo currently offered in this window, or null. */
    public static Undo current(UI ui) {
        return ComponentUtil.getData(ui, Undo.class);
    }

    public Button button() {
        return button;
    }

    public boolean isOpen() {
        return notification.isOpened();
    }

    public void undo() {
        if (done) {
            return;
        }
        done = true;
        close();
        action.run();
        Announcer.announce("Undone.");
    }

    public void close() {
        notification.close();
        release();
    }

    private void release() {
        if (ctrlZ != null) {
            ctrlZ.remove();
            ctrlZ = null;
        }
        var ui = UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, Undo.class) == this) {
            ComponentUtil.setData(ui, Undo.class, null);
        }
    }
}
