package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;

/** Subtasks: progress (done of total), the list, and a field to add one. */
class SubtaskFields extends FieldGroup {

    final Paragraph progress = new Paragraph();
    final UnorderedList list = new UnorderedList();
    final TextField title = new TextField("New subtask");
    private final TaskListService lists;

    SubtaskFields(DetailsSession session, TaskService tasks, TaskListService lists) {
        super("Subtasks", session);
        this.lists = lists;
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
        for (var child : lists.subtasks(task.id())) {
            var item = new ListItem(child.title() + (child.status() == Status.DONE ? " (done)" : ""));
            list.add(item);
        }
    }
}
