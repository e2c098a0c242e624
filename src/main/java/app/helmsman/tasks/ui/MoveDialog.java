package app.helmsman.tasks.ui;

import app.helmsman.tasks.ProjectView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Picks the project (or the Inbox) to move tasks to. */
final class MoveDialog extends Dialog {

    /** The Inbox as a choice: a project-less "project". */
    static final ProjectView INBOX = new ProjectView(new UUID(0, 0), null, "Inbox", ProjectView.DEFAULT_COLOUR, false, 0, 0, 0);

    private final Select<ProjectView> project = new Select<>();

    MoveDialog(String title, List<ProjectView> projects, Consumer<Optional<UUID>> chosen, Runnable cancelled) {
        setHeaderTitle(title);
        var choices = new ArrayList<ProjectView>();
        choices.add(INBOX);
        projects.stream().filter(p -> !p.archived()).forEach(choices::add);
        project.setLabel("Project");
        project.setItems(choices);
        project.setItemLabelGenerator(ProjectView::name);
        project.setValue(INBOX);
        add(project);
        var move = new Button("Move", e -> {
            close();
            var value = project.getValue();
            chosen.accept(value == null || value == INBOX ? Optional.empty() : Optional.of(value.id()));
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> {
            close();
            cancelled.run();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addDialogCloseActionListener(e -> {
            close();
            cancelled.run();
        });
        getFooter().add(cancel, move);
        project.focus();
    }

    Select<ProjectView> project() {
        return project;
    }
}
