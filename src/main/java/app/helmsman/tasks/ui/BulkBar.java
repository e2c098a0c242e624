package app.helmsman.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Supplier;

/**
 * Shown while tasks are selected (Space or {@code s} on a row): how many, and what to do with all of them.
 * In the trash: restore or delete forever; elsewhere: complete, move, trash.
 */
final class BulkBar extends Div {

    // Built with the bar, on the first selection; null until then.
    private Span count;
    private Button complete;
    private Button move;
    private Button trash;
    private Button restore;
    private Button deleteForever;
    private final TaskActions actions;
    private final boolean inTrash;
    private Supplier<java.util.List<java.util.UUID>> selection;
    private Runnable clearSelection;
    private boolean built;

    BulkBar(TaskActions actions, boolean inTrash) {
        addClassName("hm-bulk-bar");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Actions for the selected tasks");
        setVisible(false);
        this.actions = actions;
        this.inTrash = inTrash;
    }

    /** Wires the buttons to the list's current selection. */
    void bind(Supplier<java.util.List<java.util.UUID>> selected, Runnable clearSelected) {
        this.selection = selected;
        this.clearSelection = clearSelected;
    }

    void show(int selected) {
        if (selected > 0 && !built) {
            build();
        }
        setVisible(selected > 0);
        if (built) {
            count.setText(selected == 1 ? "1 task selected" : selected + " tasks selected");
        }
    }

    /**
     * Puts the buttons into the bar the first time something is selected: most visits select nothing, and a list
     * that never shows the bar keeps no buttons or listeners for it (ADR 0024).
     */
    private void build() {
        built = true;
        count = new Span();
        count.addClassName("hm-bulk-count");
        var clear = new Button("Clear selection", e -> clearSelection.run());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(count);
        if (inTrash) {
            restore = new Button("Restore", e -> actions.restore(selection.get()));
            deleteForever = new Button("Delete forever", e -> actions.deleteForever(selection.get()));
            add(restore, deleteForever, clear);
        } else {
            complete = new Button("Complete", e -> actions.complete(selection.get(), true));
            move = new Button("Move to project…", e -> actions.move(selection.get(), true));
            trash = new Button("Move to trash", e -> actions.trash(selection.get(), true));
            add(complete, move, trash, clear);
        }
    }

    Button complete() {
        return complete;
    }

    Button move() {
        return move;
    }

    Button trash() {
        return trash;
    }

    Button restore() {
        return restore;
    }

    Button deleteForever() {
        return deleteForever;
    }
}
