package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.TaskValidationException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** A project's name (saved on blur), colour (named, so colour is never the only signal) and archive switch. */
class ProjectSettings extends Div {

    static final Map<String, String> COLOURS = new LinkedHashMap<>();

    static {
        COLOURS.put(ProjectView.DEFAULT_COLOUR, "Grey");
        COLOURS.put("#2563eb", "Blue");
        COLOURS.put("#059669", "Green");
        COLOURS.put("#d97706", "Amber");
        COLOURS.put("#dc2626", "Red");
        COLOURS.put("#7c3aed", "Violet");
        COLOURS.put("#db2777", "Pink");
        COLOURS.put("#0891b2", "Teal");
    }

    final TextField name = new TextField("Project name");
    final Select<String> colour = new Select<>();
    final Button archive = new Button();
    private final ProjectService projects;
    private final Consumer<ProjectView> changed;
    private ProjectView project;

    ProjectSettings(ProjectService projects, Consumer<ProjectView> changed) {
        this.projects = projects;
        this.changed = changed;
        addClassName("hm-field-row");
        name.setMaxLength(ProjectView.NAME_MAX_LENGTH);
        name.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(new ProjectDraft(e.getValue(), project.colour(), project.areaId()), "Project renamed");
            }
        });
        colour.setLabel("Colour");
        colour.setItemLabelGenerator(c -> COLOURS.getOrDefault(c, c));
        colour.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(c -> {
            var swatch = new Span();
            swatch.addClassName("hm-swatch");
            swatch.getStyle().set("background-color", c);
            return new Span(swatch, new Span(COLOURS.getOrDefault(c, c)));
        }));
        colour.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                save(new ProjectDraft(project.name(), e.getValue(), project.areaId()), "Colour changed to " + COLOURS.getOrDefault(e.getValue(), e.getValue()));
            }
        });
        archive.addClickListener(e -> {
            var now = projects.archive(project.id(), !project.archived());
            Announcer.announce(now.archived() ? "Project archived" : "Project restored");
            changed.accept(now);
        });
        add(name, colour, archive);
    }

    void show(ProjectView shown) {
        project = shown;
        if (!name.isInvalid()) {
            name.setValue(shown.name());
        }
        var items = new java.util.ArrayList<>(COLOURS.keySet());
        if (!items.contains(shown.colour())) {
            items.add(shown.colour());
        }
        colour.setItems(items);
        colour.setValue(shown.colour());
        archive.setText(shown.archived() ? "Restore project" : "Archive project");
    }

    private void save(ProjectDraft draft, String message) {
        try {
            var now = projects.updateProject(project.id(), draft);
            name.setInvalid(false);
            Announcer.announce(message);
            changed.accept(now);
        } catch (TaskValidationException e) {
            name.setErrorMessage(e.errors().getOrDefault("name", e.getMessage()));
            name.setInvalid(e.errors().containsKey("name"));
            Announcer.announce("Not saved: " + e.getMessage());
        }
    }
}
