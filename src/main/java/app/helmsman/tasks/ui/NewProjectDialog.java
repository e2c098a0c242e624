package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.AreaView;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.TaskValidationException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Name a new project and, optionally, its area; then it opens. */
class NewProjectDialog extends Dialog {

    private final TextField name = new TextField("Project name");
    private final ComboBox<AreaView> area = new ComboBox<>("Area");

    NewProjectDialog(ProjectService projects, AreaView preselected, Consumer<ProjectView> created) {
        setHeaderTitle("New project");
        getElement().setAttribute("aria-label", "New project");
        name.setMaxLength(ProjectView.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setAutofocus(true);
        name.setWidthFull();
        area.setItems(projects.areas());
        area.setItemLabelGenerator(AreaView::name);
        area.setClearButtonVisible(true);
        area.setHelperText("Optional");
        area.setWidthFull();
        if (preselected != null) {
            area.setValue(preselected);
        }
        var create = new Button("Create project", e -> {
            try {
                var project = projects.createProject(new ProjectDraft(name.getValue(), null, area.getValue() == null ? null : area.getValue().id()));
                close();
                Announcer.announce("Project " + project.name() + " created");
                created.accept(project);
            } catch (TaskValidationException ex) {
                name.setErrorMessage(ex.errors().getOrDefault("name", ex.getMessage()));
                name.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        var cancel = new Button("Cancel", e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(name, area);
        getFooter().add(cancel, create);
    }

    TextField name() {
        return name;
    }
}
