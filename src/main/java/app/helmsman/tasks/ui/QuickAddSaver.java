package app.helmsman.tasks.ui;

import app.helmsman.tasks.Energy;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.RecurrenceMode;
import app.helmsman.tasks.Source;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.quickadd.ParsedTask;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns what quick add recognised into a task. Unknown tags become new tags (as the model allows); an unknown
 * {@code +Project} becomes a new project, which the dialog says before Enter is pressed.
 */
@SpringComponent
class QuickAddSaver {

    private final TaskService tasks;
    private final ProjectService projects;

    QuickAddSaver(TaskService tasks, ProjectService projects) {
        this.tasks = tasks;
        this.projects = projects;
    }

    /** A sentence about what Enter will create besides the task (new project, new tags), or empty. */
    String whatWillHappen(ParsedTask parsed) {
        var parts = new ArrayList<String>();
        parsed.project().filter(name -> existingProject(name).isEmpty())
                .ifPresent(name -> parts.add("There is no project \u201c" + name + "\u201d yet: Enter creates it."
                        + " Remove its chip to keep \u201c+" + name + "\u201d in the title instead."));
        var known = projects.tags().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
        var newTags = parsed.tags().stream().filter(t -> !known.contains(t.toLowerCase(Locale.ROOT))).map(t -> "#" + t).toList();
        if (!newTags.isEmpty()) {
            parts.add((newTags.size() == 1 ? "New tag " : "New tags ") + String.join(", ", newTags) + " will be created.");
        }
        return String.join(" ", parts);
    }

    /** Creates the task (and its project, when it is new). */
    TaskDetails save(ParsedTask parsed) {
        UUID projectId = parsed.project().map(name -> existingProject(name)
                .orElseGet(() -> projects.createProject(ProjectDraft.named(name))).id()).orElse(null);
        var draft = new TaskDraft(parsed.title(), null, null, parsed.energy().map(e -> Energy.valueOf(e.name())).orElse(null), null,
                parsed.estimateMinutes().orElse(null), parsed.priority().orElse(null), parsed.doDate().orElse(null),
                parsed.doTime().orElse(null), parsed.softDeadline().orElse(null), parsed.hardDeadline().orElse(null), Source.MANUAL,
                projectId, null, List.copyOf(parsed.tags()), parsed.recurrenceRule().orElse(null),
                parsed.recurrenceRule().isPresent() ? RecurrenceMode.FIXED : null);
        return tasks.create(draft);
    }

    private Optional<ProjectView> existingProject(String name) {
        return projects.projects(true).stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
