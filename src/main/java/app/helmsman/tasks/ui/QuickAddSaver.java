package app.helmsman.tasks.ui;

import app.helmsman.tasks.Directory;
import app.helmsman.tasks.QuickAddService;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.quickadd.ParsedTask;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Turns what quick add recognised into a task, in one transaction ({@link QuickAddService}). Unknown tags become new
 * tags (as the model allows); an unknown {@code +Project} becomes a new project, which the dialog says before Enter
 * is pressed. What is "unknown" is decided against the window's copy of the names ({@link ProjectDirectory}), so
 * typing reads nothing from the database.
 */
@SpringComponent
class QuickAddSaver {

    private final QuickAddService quickAdd;
    private final ObjectProvider<ProjectDirectory> directory;

    QuickAddSaver(QuickAddService quickAdd, ObjectProvider<ProjectDirectory> directory) {
        this.quickAdd = quickAdd;
        this.directory = directory;
    }

    /** The project and tag names quick add compares against: the window's copy. */
    Directory known() {
        return directory.getObject().get();
    }

    /** A sentence about what Enter will create besides the task (new project, new tags), or empty. */
    static String whatWillHappen(ParsedTask parsed, Directory known) {
        var parts = new ArrayList<String>();
        parsed.project().filter(name -> !hasProject(known, name))
                .ifPresent(name -> parts.add("There is no project \u201c" + name + "\u201d yet: Enter creates it."
                        + " Remove its chip to keep \u201c+" + name + "\u201d in the title instead."));
        var newTags = newTags(parsed, known).stream().map(t -> "#" + t).toList();
        if (!newTags.isEmpty()) {
            parts.add((newTags.size() == 1 ? "New tag " : "New tags ") + String.join(", ", newTags) + " will be created.");
        }
        return String.join(" ", parts);
    }

    /**
     * Creates the task (and its project and tags, when they are new) in one transaction; when something new was
     * created, the window's copy of the names is dropped.
     */
    TaskDetails save(ParsedTask parsed, Directory known) {
        var task = quickAdd.save(parsed);
        if (parsed.project().filter(name -> !hasProject(known, name)).isPresent() || !newTags(parsed, known).isEmpty()) {
            directory.getObject().changed();
        }
        return task;
    }

    private static java.util.List<String> newTags(ParsedTask parsed, Directory known) {
        var names = known.tags().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
        return parsed.tags().stream().filter(t -> !names.contains(t.toLowerCase(Locale.ROOT))).toList();
    }

    private static boolean hasProject(Directory known, String name) {
        return known.projects().stream().anyMatch(p -> p.name().equalsIgnoreCase(name.strip()));
    }
}
