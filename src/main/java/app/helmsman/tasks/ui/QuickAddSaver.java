package app.helmsman.tasks.ui;

import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.QuickAddService;
import app.helmsman.tasks.quickadd.ParsedTask;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what quick add recognised into a task, in one transaction ({@link QuickAddService}). Unknown tags become new
 * tags (as the model allows); an unknown {@code +Project} becomes a new project, which the dialog says before Enter
 * is pressed.
 */
@SpringComponent
class QuickAddSaver {

    private final QuickAddService quickAdd;
    private final ProjectService projects;

    QuickAddSaver(QuickAddService quickAdd, ProjectService projects) {
        this.quickAdd = quickAdd;
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

    /** Creates the task (and its project and tags, when they are new) in one transaction. */
    TaskDetails save(ParsedTask parsed) {
        return quickAdd.save(parsed);
    }

    private Optional<ProjectView> existingProject(String name) {
        return projects.projects(true).stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
