package app.helmsman.tasks.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * "This window just changed these tasks": fired on the UI by whatever saved them (quick add, details, a
 * list action, undo), so that the other lists shown in the same window refresh. Live hints deliberately
 * skip the window that made a change (ADR 0005), so this is how that window learns about it.
 */
final class TasksChangedHere extends ComponentEvent<UI> {

    private final Set<UUID> ids;

    private TasksChangedHere(UI ui, Set<UUID> ids) {
        super(ui, false);
        this.ids = Set.copyOf(ids);
    }

    /** The changed tasks; empty means "anything may have changed". */
    Set<UUID> ids() {
        return ids;
    }

    /** Tells the current window's lists that these tasks changed. */
    static void fire(Set<UUID> ids) {
        var ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new TasksChangedHere(ui, ids));
        }
    }

    /** Listens for changes made in this window; remove the registration on detach. */
    static Registration listen(UI ui, Consumer<Set<UUID>> listener) {
        return ComponentUtil.addListener(ui, TasksChangedHere.class, event -> listener.accept(event.ids()));
    }
}
