package app.helmsman.assist.ui;

import app.helmsman.assist.Proposal;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a compact proposal card shows of a task without opening its editor: when, the deadline, the estimate,
 * energy and focus, priority, project and tags, as a list of short chips. Text only, never HTML.
 */
final class ProposalChips extends UnorderedList {


    ProposalChips() {
        addClassName("hm-proposal-chips");
        getElement().setAttribute("aria-label", "What was recognised");
    }

    /** Shows the chips of {@code task}; a project or tags the person does not have yet say "new". */
    void show(Proposal task, Set<String> knownProjects, Set<String> knownTags) {
        removeAll();
        for (String chip : chips(task, knownProjects, knownTags)) {
            var item = new ListItem(chip);
            item.addClassName("hm-proposal-chip");
            add(item);
        }
        setVisible(getChildren().findAny().isPresent());
    }

    static List<String> chips(Proposal task, Set<String> knownProjects, Set<String> knownTags) {
        var chips = new ArrayList<String>();
        if (task.doDate() != null) {
            chips.add("Do " + day(task.doDate()) + time(task.doTime()));
        } else if (task.doTime() != null) {
            chips.add("At " + task.doTime());
        }
        if (task.hardDeadline() != null) {
            chips.add("Deadline " + day(task.hardDeadline()) + " (hard)");
        }
        if (task.softDeadline() != null) {
            chips.add("Due " + day(task.softDeadline()));
        }
        if (task.estimateMinutes() != null) {
            chips.add("~" + Labels.minutes(task.estimateMinutes()));
        }
        if (task.energy() != null) {
            chips.add(Labels.energy(task.energy()));
        }
        if (task.focus() != null) {
            chips.add(Labels.focus(task.focus()));
        }
        if (task.priority() != null && task.priority() < 4) {
            chips.add("Priority " + Labels.priority(task.priority()));
        }
        if (task.project() != null) {
            chips.add("Project " + task.project()
                    + (knownProjects.contains(task.project().toLowerCase(Locale.ROOT)) ? "" : " (new)"));
        }
        for (String tag : task.tags()) {
            chips.add("#" + tag + (knownTags.contains(tag.toLowerCase(Locale.ROOT)) ? "" : " (new)"));
        }
        if (task.notes() != null && !task.notes().isBlank()) {
            long lines = task.notes().lines().filter(l -> !l.isBlank()).count();
            chips.add(lines > 1 ? "Notes (" + lines + " lines)" : "Notes");
        }
        return chips;
    }

    private static String day(LocalDate date) {
        return app.helmsman.shared.ui.DateFormats.day(date);
    }

    private static String time(LocalTime time) {
        return time == null ? "" : " " + time;
    }
}
