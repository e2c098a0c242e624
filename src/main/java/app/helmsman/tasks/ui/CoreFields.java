package app.helmsman.tasks.ui;

import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskDraft;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** Title, notes, status, priority, energy and focus type. */
class CoreFields extends FieldGroup {

    final TextField title = new TextField("Title");
    final TextArea notes = new TextArea("Notes");
    final Select<Status> status = new Select<>();
    final Select<Integer> priority = new Select<>();
    final Select<Energy> energy = new Select<>();
    final Select<FocusType> focus = new Select<>();

    CoreFields(DetailsSession session) {
        super("Task", session);
        title.setMaxLength(TaskDraft.TITLE_MAX_LENGTH);
        title.setRequired(true);
        title.setWidthFull();
        title.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                clearError("title");
                session.edit(c -> c.withTitle(e.getValue().strip()));
            }
        });
        notes.setMaxLength(TaskDraft.NOTES_MAX_LENGTH);
        notes.setWidthFull();
        notes.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                clearError("notes");
                session.edit(c -> c.withNotes(e.getValue().isBlank() ? null : e.getValue()));
            }
        });
        status.setLabel("Status");
        status.setItemLabelGenerator(Labels::status);
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                clearError("status");
                session.edit(c -> c.withStatus(e.getValue()));
            }
        });
        priority.setLabel("Priority");
        priority.setItems(1, 2, 3, 4);
        priority.setItemLabelGenerator(Labels::priority);
        priority.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                session.edit(c -> c.withPriority(e.getValue()));
            }
        });
        energy.setLabel("Energy");
        energy.setItems(Energy.values());
        energy.setEmptySelectionAllowed(true);
        energy.setEmptySelectionCaption("Not set");
        energy.setItemLabelGenerator(e -> e == null ? "Not set" : Labels.energy(e));
        energy.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                session.edit(c -> c.withEnergyAndFocus(e.getValue(), c.focus()));
            }
        });
        focus.setLabel("Focus type");
        focus.setItems(FocusType.values());
        focus.setEmptySelectionAllowed(true);
        focus.setEmptySelectionCaption("Not set");
        focus.setItemLabelGenerator(f -> f == null ? "Not set" : Labels.focus(f));
        focus.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                session.edit(c -> c.withEnergyAndFocus(c.energy(), e.getValue()));
            }
        });
        named("title", title);
        named("notes", notes);
        named("status", status);
        named("priority", priority);
        var row = new com.vaadin.flow.component.html.Div(status, priority, energy, focus);
        row.addClassName("hm-field-row");
        add(title, notes, row);
    }

    @Override
    void show(TaskDetails task) {
        title.setValue(task.title());
        notes.setValue(task.notes() == null ? "" : task.notes());
        // a done task is reopened by choosing an open status; done itself comes from completing the task
        status.setItems(task.status() == Status.DONE ? List.of(Status.values()) : List.of(Status.TODO, Status.IN_PROGRESS, Status.BLOCKED));
        status.setValue(task.status());
        priority.setValue(task.priority());
        energy.setValue(task.energy());
        focus.setValue(task.focus());
    }
}
