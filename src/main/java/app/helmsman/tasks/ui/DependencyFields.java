package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskRef;
import app.helmsman.tasks.TaskDependencyService;
import app.helmsman.tasks.TaskListService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;

/** "Blocked by": the tasks this one waits for (add, remove; a circle is refused, naming it), and those waiting for it. */
class DependencyFields extends FieldGroup {

    final ComboBox<TaskRef> add;
    final UnorderedList blockedBy = new UnorderedList();
    private final Paragraph blocking = new Paragraph();
    private final TaskDependencyService dependencies;

    DependencyFields(DetailsSession session, TaskListService lists, TaskDependencyService dependencies) {
        super("Blocked by", session);
        this.dependencies = dependencies;
        var id = session.stored().id();
        blockedBy.addClassName("hm-plain-list");
        blockedBy.getElement().setAttribute("aria-label", "Blocked by");
        add = TaskPicker.create("Add a task this one waits for", lists, id);
        add.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                clearErrors();
                var blocker = e.getValue();
                session.run("blockedBy", () -> dependencies.addDependency(id, blocker.id()));
                if (!add.isInvalid()) {
                    add.clear();
                    Announcer.announce("Now waits for " + blocker.title());
                }
            }
        });
        blocking.addClassName("hm-muted");
        named("blockedBy", add);
        add(blockedBy, add, blocking);
    }

    @Override
    void show(TaskDetails task) {
        saved(task);
    }

    @Override
    void saved(TaskDetails task) {
        blockedBy.removeAll();
        if (task.blockedBy().isEmpty()) {
            blockedBy.add(new ListItem("Nothing: it can start any time."));
        }
        for (var blocker : task.blockedBy()) {
            // a task the person may not open has neither title nor status (TaskRef.hidden)
            var state = new Span(blocker.hidden() ? "" : blocker.status() == Status.DONE ? " (done)" : " (not done yet)");
            var remove = new Button("Remove", e -> session.run("blockedBy", () -> dependencies.removeDependency(task.id(), blocker.id())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", "Remove: waits for " + blocker.title());
            blockedBy.add(new ListItem(new Span(blocker.title()), state, remove));
        }
        List<String> waiting = task.blocking().stream().map(TaskRef::title).toList();
        blocking.setText(waiting.isEmpty() ? "" : "Waiting for this one: " + String.join(", ", waiting));
    }

}
