package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.Keys;
import app.helmsman.tasks.Direction;
import app.helmsman.tasks.When;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The keys of a task list, on its rows (never while typing, see {@link Keys}): {@code j}/{@code k} next and
 * previous row, {@code x} complete, {@code e} or Enter details, Delete to the trash, Alt+Up/Down reorder,
 * Space or {@code s} select for bulk actions, {@code m} move to a project, {@code f} focus on the task (the focus
 * view, built elsewhere, opened by its route's name); scheduling: {@code t} today, {@code o} tomorrow, {@code w}
 * next week, {@code d} someday (drops the date). In the trash: {@code r} restores
 * and Delete deletes forever (after asking).
 *
 * <p>The scheduling letters are free in every list and mnemonic: <b>t</b>oday; t<b>o</b>morrow ({@code t} is
 * today's); next <b>w</b>eek; <b>d</b>rop the date. None needs Shift or a modifier, and none is a browser's
 * own single-key shortcut.
 */
final class TaskListKeys {

    /** The focus view's route (the focus module's; navigated to by name, like search). */
    static final String FOCUS_ROUTE = "focus";
    /** The scheduling keys, in the order the shortcuts dialog lists them. */
    static final Map<String, When> SCHEDULE = new LinkedHashMap<>();

    static {
        SCHEDULE.put("t", When.TODAY);
        SCHEDULE.put("o", When.TOMORROW);
        SCHEDULE.put("w", When.NEXT_WEEK);
        SCHEDULE.put("d", When.SOMEDAY);
    }

    private TaskListKeys() {
    }

    static void install(Component rows, TaskList list, TaskActions actions, TaskList.Options options) {
        Keys.plain(rows, "j", () -> list.move(1));
        Keys.plain(rows, "k", () -> list.move(-1));
        Keys.plain(rows, " ", () -> onCurrent(list, list::toggleSelectedAnnounced));
        Keys.plain(rows, "s", () -> onCurrent(list, list::toggleSelectedAnnounced));
        if (options.trash()) {
            Keys.plain(rows, "r", () -> actions.restore(targets(list)));
            Keys.plain(rows, "Delete", () -> actions.deleteForever(targets(list)));
            return;
        }
        Keys.plain(rows, "x", () -> actions.complete(targets(list), !list.selected().isEmpty()));
        Keys.plain(rows, "e", () -> onCurrent(list, actions::open));
        Keys.plain(rows, "Enter", () -> onCurrent(list, actions::open));
        Keys.plain(rows, "Delete", () -> actions.trash(targets(list), !list.selected().isEmpty()));
        Keys.plain(rows, "m", () -> actions.move(targets(list), !list.selected().isEmpty()));
        Keys.plain(rows, "f", () -> onCurrent(list, id -> UI.getCurrent().navigate(FOCUS_ROUTE, QueryParameters.of("task", id.toString()))));
        SCHEDULE.forEach((key, when) -> Keys.plain(rows, key, () -> actions.schedule(targets(list), !list.selected().isEmpty(), when)));
        if (options.reorderable()) {
            Keys.alt(rows, "ArrowUp", () -> onCurrent(list, id -> actions.reorder(id, Direction.UP)));
            Keys.alt(rows, "ArrowDown", () -> onCurrent(list, id -> actions.reorder(id, Direction.DOWN)));
        }
    }

    /** The selected tasks when there are any, otherwise the current one. */
    private static List<UUID> targets(TaskList list) {
        if (!list.selected().isEmpty()) {
            return list.selectedInOrder();
        }
        var row = list.currentRow();
        return row == null ? List.of() : List.of(row.id());
    }

    private static void onCurrent(TaskList list, Consumer<UUID> action) {
        var row = list.currentRow();
        if (row == null) {
            Announcer.announce("The list is empty.");
            return;
        }
        action.accept(row.id());
    }
}
