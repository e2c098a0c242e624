package app.helmsman.tasks.ui;

import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One row of a {@link TaskList}: complete checkbox (or restore / delete forever in the trash), title and
 * chips. A row is updated in place when its task changes, so focus inside it survives a refresh. Only the
 * list's current row is in the tab order (roving focus).
 */
final class TaskRow extends Div {

    /** What the row's own controls ask the list to do. */
    interface Actions {
        void complete(TaskRow row, boolean done);

        void open(TaskRow row);

        void restore(TaskRow row);

        void deleteForever(TaskRow row);
    }

    private final Checkbox done = new Checkbox();
    private final Button title = new Button();
    private final Span selectedMarker = new Span("Selected");
    private final Div chips = new Div();
    private final Button restore = new Button("Restore");
    private final Button deleteForever = new Button("Delete forever");
    private final boolean trash;
    private TaskView task;
    private boolean current;

    TaskRow(TaskView task, boolean trash, Actions actions) {
        this.trash = trash;
        addClassName("hm-task-row");
        getElement().setAttribute("role", "listitem");
        getElement().setAttribute("data-task-id", task.id().toString());
        title.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        title.addClassName("hm-task-title");
        // Keyboard users open details with e or Enter on the row; the button is for pointers and screen readers.
        title.setTabIndex(-1);
        title.addClickListener(e -> actions.open(this));
        selectedMarker.addClassName("hm-chip");
        selectedMarker.addClassName("hm-chip-selected");
        selectedMarker.setVisible(false);
        chips.addClassName("hm-task-chips");
        if (trash) {
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            deleteForever.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            restore.addClickListener(e -> actions.restore(this));
            deleteForever.addClickListener(e -> actions.deleteForever(this));
            var buttons = new Div(restore, deleteForever);
            buttons.addClassName("hm-task-row-actions");
            add(title, selectedMarker, chips, buttons);
        } else {
            done.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    actions.complete(this, e.getValue());
                }
            });
            add(done, title, selectedMarker, chips);
        }
        setCurrent(false);
        this.task = task;
    }

    TaskView task() {
        return task;
    }

    UUID id() {
        return task.id();
    }

    /** Shows the task's current state; unchanged components stay, so focus inside the row is kept. */
    void show(TaskView changed, LocalDate today, Map<UUID, String> projects, UUID me) {
        task = changed;
        var quoted = "'" + changed.title() + "'";
        title.setText(changed.title());
        done.setValue(changed.status() == Status.DONE);
        done.setAriaLabel("Complete " + quoted);
        restore.setAriaLabel("Restore " + quoted);
        deleteForever.setAriaLabel("Delete " + quoted + " forever");
        chips.removeAll();
        for (var chip : TaskChips.of(changed, today, projects, me)) {
            var span = new Span(chip.text());
            span.addClassNames("hm-chip", "hm-chip-" + chip.kind());
            chips.add(span);
        }
        setClassName("hm-task-done", changed.status() == Status.DONE && !trash);
    }

    /** Shows the row unchecked again (a completion that was cancelled or failed). */
    void resetCheckbox() {
        done.setValue(task.status() == Status.DONE);
    }

    void setCurrent(boolean isCurrent) {
        current = isCurrent;
        int index = isCurrent ? 0 : -1;
        getElement().setAttribute("tabindex", Integer.toString(index));
        done.setTabIndex(index);
        restore.setTabIndex(index);
        deleteForever.setTabIndex(index);
        setClassName("hm-task-current", isCurrent);
    }

    boolean isCurrent() {
        return current;
    }

    void setSelected(boolean selected) {
        selectedMarker.setVisible(selected);
        setClassName("hm-task-selected", selected);
    }

    boolean isSelected() {
        return selectedMarker.isVisible();
    }

    /** Moves keyboard focus to the row. */
    void focusRow() {
        getElement().callJsFunction("focus");
    }

    boolean sameTask(TaskView other) {
        return Objects.equals(task, other);
    }
}
