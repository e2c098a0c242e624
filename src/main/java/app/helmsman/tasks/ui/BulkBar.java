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

    private final Span count = new Span();
    private final Button complete = new Button("Complete");
    private final Button move = new Button("Move to project…");
    private final Button trash = new Button("Move to trash");
    private final Button restore = new Button("Restore");
    private final Button deleteForever = new Button("Delete forever");
    private final Button clear = new Button("Clear selection");
    private final TaskActions actions;

    BulkBar(TaskActions actions, boolean inTrash) {
        addClassName("hm-bulk-bar");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Actions for the selected tasks");
        count.addClassName("hm-bulk-count");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(count);
        if (inTrash) {
            add(restore, deleteForever, clear);
        } else {
            add(complete, move, trash, clear);
        }
        setVisible(false);
        this.actions = actions;
    }

    /** Wires the buttons to the list's current selection. */
    void bind(Supplier<java.util.List<java.util.UUID>> selection, Runnable clearSelection) {
        complete.addClickListener(e -> actions.complete(selection.get(), true));
        move.addClickListener(e -> actions.move(selection.get(), true));
        trash.addClickListener(e -> actions.trash(selection.get(), true));
        restore.addClickListener(e -> actions.restore(selection.get()));
        deleteForever.addClickListener(e -> actions.deleteForever(selection.get()));
        clear.addClickListener(e -> clearSelection.run());
    }

    void show(int selected) {
        setVisible(selected > 0);
        count.setText(selected == 1 ? "1 task selected" : selected + " tasks selected");
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
