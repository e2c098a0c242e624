package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.OpenSubtasksException;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.Key;
import app.helmsman.tasks.TaskView;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Subtasks: progress (done of total), the list with a checkbox to complete each, and a field to add one. */
class SubtaskFields extends FieldGroup {

    final Paragraph progress = new Paragraph();
    final UnorderedList list = new UnorderedList();
    final TextField title = new TextField("New subtask");
    private final TaskListService lists;
    private final TaskService tasks;
    private final Map<UUID, Checkbox> checks = new HashMap<>();

    SubtaskFields(DetailsSession session, TaskService tasks, TaskListService lists) {
        super("Subtasks", session);
        this.lists = lists;
        this.tasks = tasks;
        var id = session.stored().id();
        list.addClassName("hm-plain-list");
        list.getElement().setAttribute("aria-label", "Subtasks");
        title.setMaxLength(TaskDraft.TITLE_MAX_LENGTH);
        var addButton = new Button("Add subtask", e -> {
            var text = title.getValue().strip();
            if (text.isEmpty()) {
                showError("subtask", "Type the subtask's title.");
                return;
            }
            clearError("subtask");
            session.run("subtask", () -> {
                tasks.create(TaskDraft.titled(text).under(id));
                return tasks.get(id);
            });
            if (!title.isInvalid()) {
                title.clear();
                Announcer.announce("Subtask added: " + text);
                title.focus();
            }
        });
        addButton.addClickShortcut(Key.ENTER).listenOn(title);
        var row = new Div(title, addButton);
        row.addClassName("hm-field-row");
        named("subtask", title);
        add(progress, list, row);
    }

    @Override
    void show(TaskDetails task) {
        saved(task);
    }

    @Override
    void saved(TaskDetails task) {
        progress.setText(task.childrenTotal() == 0 ? "No subtasks yet." : task.childrenDone() + " of " + task.childrenTotal() + " done");
        list.removeAll();
        checks.clear();
        for (var child : lists.subtasks(task.id())) {
            // the checkbox's label is the title; "done" is its checked state, which screen readers say
            var check = new Checkbox(child.title(), child.status() == Status.DONE);
            check.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    toggle(child, e.getValue(), check);
                }
            });
            checks.put(child.id(), check);
            list.add(new ListItem(check));
        }
    }

    /** Completes or reopens one subtask, then keeps focus on its (rebuilt) checkbox. */
    private void toggle(TaskView child, boolean done, Checkbox check) {
        var parent = session.stored().id();
        try {
            session.run("subtask", () -> {
                if (done) {
                    tasks.complete(child.id(), null);
                } else {
                    tasks.reopen(child.id());
                }
                return tasks.get(parent);
            });
        } catch (OpenSubtasksException open) {
            check.setValue(false);
            showError("subtask", "'" + child.title() + "' has open subtasks of its own: open it to choose what happens to them.");
            return;
        }
        Announcer.announce((done ? "Done: " : "Open again: ") + child.title());
        var again = checks.get(child.id());
        if (again != null) {
            again.focus();
        }
    }
}
