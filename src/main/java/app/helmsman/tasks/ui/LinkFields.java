package app.helmsman.tasks.ui;

import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.TagView;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskRef;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskMoveService;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Where the task belongs: project (or the Inbox), tags (new ones typed in place), parent task. */
class LinkFields extends FieldGroup {

    final ComboBox<ProjectView> project = new ComboBox<>("Project");
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    final ComboBox<TaskRef> parent;
    private final TaskService tasks;
    private final TaskMoveService moves;
    private final ProjectService projects;
    private final List<String> tagNames = new ArrayList<>();

    LinkFields(DetailsSession session, TaskService tasks, TaskListService lists, TaskMoveService moves, ProjectService projects) {
        super("Belongs to", session);
        this.tasks = tasks;
        this.moves = moves;
        this.projects = projects;
        var id = session.stored().id();
        project.setItemLabelGenerator(p -> p.name() + (p.archived() ? " (archived)" : ""));
        project.setPlaceholder("Inbox");
        project.setHelperText("Empty: the Inbox");
        project.setClearButtonVisible(true);
        project.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                var target = e.getValue() == null ? null : e.getValue().id();
                session.run("projectId", () -> moves.moveToProject(id, target));
            }
        });
        tags.setItemLabelGenerator(name -> "#" + name);
        tags.setAllowCustomValue(true);
        tags.setHelperText("Type a new name and press Enter to create a tag");
        tags.setWidthFull();
        tags.addCustomValueSetListener(e -> {
            var name = e.getDetail().strip().replaceFirst("^#", "");
            if (name.isEmpty()) {
                return;
            }
            if (name.length() > TagView.NAME_MAX_LENGTH) {
                showError("tags", "Use at most " + TagView.NAME_MAX_LENGTH + " characters for a tag.");
                return;
            }
            // setItems clears the selection, so keep it first
            var value = new LinkedHashSet<>(tags.getValue());
            var existing = tagNames.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst();
            var chosen = existing.orElseGet(() -> projects.createTag(name).name());
            if (existing.isEmpty()) {
                tagNames.add(chosen);
                tags.setItems(tagNames);
            }
            value.add(chosen);
            tags.setValue(value);
            saveTags(value);
        });
        tags.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveTags(e.getValue());
            }
        });
        parent = TaskPicker.create("Parent task", lists, id);
        parent.setHelperText("Empty: a top-level task");
        parent.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                var target = e.getValue() == null ? null : e.getValue().id();
                session.run("parentId", () -> moves.moveUnder(id, target));
            }
        });
        named("projectId", project);
        named("tags", tags);
        named("parentId", parent);
        add(project, tags, parent);
    }

    private void saveTags(Set<String> value) {
        clearError("tags");
        var sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        sorted.addAll(value);
        session.edit(c -> c.withTags(List.copyOf(sorted)));
    }

    @Override
    void show(TaskDetails task) {
        var all = new ArrayList<>(projects.projects(false));
        if (task.projectId() != null && all.stream().noneMatch(p -> p.id().equals(task.projectId()))) {
            all.add(projects.project(task.projectId()));
        }
        project.setItems(all);
        project.setValue(all.stream().filter(p -> p.id().equals(task.projectId())).findFirst().orElse(null));
        tagNames.clear();
        projects.tags().forEach(t -> tagNames.add(t.name()));
        task.tags().stream().filter(t -> tagNames.stream().noneMatch(t::equalsIgnoreCase)).forEach(tagNames::add);
        tags.setItems(tagNames);
        tags.setValue(new LinkedHashSet<>(task.tags()));
        saved(task);
    }

    @Override
    void saved(TaskDetails task) {
        var current = parent.getValue() == null ? null : parent.getValue().id();
        if (!Objects.equals(current, task.parentId())) {
            parent.setValue(task.parentId() == null ? null : asRef(tasks.get(task.parentId())));
        }
        // a move under a parent in another project moves the task there too
        if (!Objects.equals(project.getValue() == null ? null : project.getValue().id(), task.projectId()) && !project.isInvalid()) {
            show(task.projectId(), task);
        }
    }

    private void show(java.util.UUID projectId, TaskDetails task) {
        project.setValue(projectId == null ? null : project.getListDataView().getItems().filter(p -> p.id().equals(projectId)).findFirst()
                .orElseGet(() -> projects.project(projectId)));
    }

    private static TaskRef asRef(TaskDetails task) {
        return new TaskRef(task.id(), task.title(), task.status());
    }
}
