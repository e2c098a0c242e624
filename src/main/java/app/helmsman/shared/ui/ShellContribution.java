package app.helmsman.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Something a feature adds to the shell of every signed-in view: buttons in the header and global keyboard
 * shortcuts. {@link MainLayout} gets every contribution bean injected, so the shell never depends on the
 * features (the arrows point from the features to {@code shared}). Implementations are usually UI-scoped
 * Spring beans.
 */
public interface ShellContribution {

    /** Components for the header, such as an "Add task" button; created once per shell. */
    default List<Component> headerActions() {
        return List.of();
    }

    /** Components for the main navigation, under the views' menu (such as the person's projects); created once per shell. */
    default List<Component> navigation() {
        return List.of();
    }

    /**
     * The shell is shown in a window: register global shortcuts (on the UI, so they work from anywhere;
     * see {@link Keys}). The shell removes the returned registration when it is detached.
     */
    Registration attach(UI ui);

    /** A place the command palette can offer, besides the navigation menu; none by default. */
    record Command(String label, Runnable action) {
    }
}
