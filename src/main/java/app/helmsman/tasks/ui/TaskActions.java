package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Undo;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.Focus;
import app.helmsman.tasks.BulkOpenSubtasksException;
import app.helmsman.tasks.Direction;
import app.helmsman.tasks.NotAllowedException;
import app.helmsman.tasks.TaskNotFoundException;
import app.helmsman.tasks.TaskSnapshot;
import app.helmsman.tasks.TaskValidationException;
import app.helmsman.tasks.When;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a {@link TaskList} does to its tasks, by key, by row control or from the bulk bar: complete (asking
 * about open subtasks), trash, move, reorder, restore, delete forever. Each change tells the window's lists
 * ({@link TasksChangedHere}) and, except delete forever, offers an exact {@link Undo}.
 */
final class TaskActions {

    /** The list's current row (the one in the Tab order), where focus goes back to when its element is gone. */
    static final String CURRENT_ROW = ".hm-task-row[tabindex='0']";

    private final TaskLists context;
    private final TaskList list;
    private boolean editing;

    TaskActions(TaskLists context, TaskList list) {
        this.context = context;
        this.list = list;
    }

    TaskRow.Actions rowActions() {
        return new TaskRow.Actions() {
            @Override
            public void complete(TaskRow row, boolean done) {
                list.makeCurrent(row.id(), false);
                if (done) {
                    TaskActions.this.complete(List.of(row.id()), false);
                } else {
                    reopen(row.id());
                }
            }

            @Override
            public void open(TaskRow row) {
                list.makeCurrent(row.id(), false);
                TaskActions.this.open(row.id());
            }

            @Override
            public void restore(TaskRow row) {
                TaskActions.this.restore(List.of(row.id()));
            }

            @Override
            public void deleteForever(TaskRow row) {
                TaskActions.this.deleteForever(List.of(row.id()));
            }
        };
    }

    // ---------------------------------------------------------------- complete

    /**
     * Completes the tasks in one transaction; when some have open subtasks, asks once what to do with them and
     * then completes all of them (or, on cancel, only those without open subtasks), again in one transaction.
     */
    void complete(List<UUID> ids, boolean bulk) {
        if (ids.isEmpty()) {
            return;
        }
        var message = bulk ? "Completed " + count(ids.size()) : "Completed " + title(ids.getFirst());
        guarded(() -> {
            var before = context.undo.snapshot(ids);
            try {
                completed(ids, before, context.bulk.completeAll(ids, null), message);
                return;
            } catch (BulkOpenSubtasksException e) {
                ask(ids, bulk, before, message, e);
            }
        });
    }

    private void ask(List<UUID> ids, boolean bulk, List<TaskSnapshot> before, String message, BulkOpenSubtasksException e) {
        var asking = e.tasks();
        int openSubtasks = e.openSubtasks();
        var question = asking.size() == 1 && !bulk
                ? title(asking.getFirst()) + " has " + (openSubtasks == 1 ? "1 open subtask." : openSubtasks + " open subtasks.")
                : asking.size() + " of the tasks have open subtasks (" + openSubtasks + " in all).";
        new SubtasksDialog(question, choice -> guarded(() -> completed(ids, before, context.bulk.completeAll(ids, choice), message)), () -> {
            var others = ids.stream().filter(id -> !asking.contains(id)).toList();
            if (!others.isEmpty()) {
                guarded(() -> completed(ids, before, context.bulk.completeAll(others, null), message));
            } else {
                TasksChangedHere.fire(new HashSet<>(ids));
                list.focusCurrent();
            }
            list.ids().forEach(id -> list.row(id).resetCheckbox());
        }).open();
    }

    private void completed(List<UUID> ids, List<TaskSnapshot> before, List<UUID> created, String message) {
        TasksChangedHere.fire(new HashSet<>(ids));
        list.focusCurrent();
        Undo.show(message, () -> guarded(() -> {
            context.bulk.undo(before, created);
            changedAndFocus(ids);
        }));
    }

    void reopen(UUID id) {
        var message = "Reopened " + title(id);
        guarded(() -> {
            var before = context.undo.snapshot(List.of(id));
            context.tasks.reopen(id);
            TasksChangedHere.fire(java.util.Set.of(id));
            Undo.show(message, () -> guarded(() -> {
                context.undo.revert(before);
                changedAndFocus(List.of(id));
            }));
        });
    }

    // ---------------------------------------------------------------- trash and restore

    void trash(List<UUID> ids, boolean bulk) {
        if (ids.isEmpty()) {
            return;
        }
        var message = "Moved " + (bulk ? count(ids.size()) : title(ids.getFirst())) + " to the trash";
        guarded(() -> {
            var roots = context.bulk.trashAll(ids);
            list.clearSelection();
            TasksChangedHere.fire(new HashSet<>(ids));
            Undo.show(message, () -> guarded(() -> {
                context.bulk.restoreAll(roots);
                changedAndFocus(ids);
            }));
        });
    }

    void restore(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        var message = "Restored " + (ids.size() == 1 ? title(ids.getFirst()) : count(ids.size()));
        guarded(() -> {
            context.bulk.restoreAll(ids);
            list.clearSelection();
            TasksChangedHere.fire(new HashSet<>(ids));
            Announcer.announce(message);
        });
    }

    void deleteForever(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        var what = ids.size() == 1 ? title(ids.getFirst()) : count(ids.size());
        var confirm = new ConfirmDialog("Delete forever?", "Delete " + what + " forever? This cannot be undone.", "Delete forever",
                e -> guarded(() -> {
                    context.bulk.purgeAll(ids);
                    list.clearSelection();
                    TasksChangedHere.fire(new HashSet<>(ids));
                    list.focusCurrent();
                    // the row that had focus is gone: once the dialog is closed, the next row (or the page) gets it
                    Focus.rescue(UI.getCurrent(), CURRENT_ROW);
                    Announcer.announce("Deleted " + what + " forever");
                }));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        // contrast text (the tertiary default's colour is 3.95:1 on the dialog); and the safe choice has focus,
        // so a stray Enter keeps the task
        confirm.setCancelButtonTheme("tertiary contrast");
        confirm.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                Focus.onOpen(confirm, "[slot='cancel-button']");
            }
        });
        confirm.addCancelListener(e -> list.focusCurrent());
        confirm.open();
    }

    // ---------------------------------------------------------------- move and reorder

    void move(List<UUID> ids, boolean bulk) {
        if (ids.isEmpty()) {
            return;
        }
        var what = bulk ? count(ids.size()) : title(ids.getFirst());
        new MoveDialog("Move " + what, context.projects.projects(false), target -> guarded(() -> {
            var before = context.undo.snapshot(ids);
            context.bulk.moveAllToProject(ids, target.orElse(null));
            var where = target.map(p -> context.projectNames().getOrDefault(p, "the project")).orElse("the Inbox");
            list.clearSelection();
            TasksChangedHere.fire(new HashSet<>(ids));
            list.focusCurrent();
            Undo.show("Moved " + what + " to " + where, () -> guarded(() -> {
                context.undo.revert(before);
                changedAndFocus(ids);
            }));
        }), list::focusCurrent).open();
    }

    /** Gives the tasks the day {@code when} means, in one transaction, with an exact undo of their do dates and times. */
    void schedule(List<UUID> ids, boolean bulk, When when) {
        if (ids.isEmpty()) {
            return;
        }
        var message = "Moved " + (bulk ? count(ids.size()) : title(ids.getFirst())) + " to " + when.words(context.today());
        guarded(() -> {
            var before = context.schedule.schedule(ids, when);
            list.clearSelection();
            TasksChangedHere.fire(new HashSet<>(ids));
            list.focusCurrent();
            Undo.show(message, () -> guarded(() -> {
                context.schedule.restore(before);
                changedAndFocus(ids);
            }));
        });
    }

    void reorder(UUID id, Direction direction) {
        guarded(() -> {
            if (!context.moves.reorder(id, direction)) {
                Announcer.announce(direction == Direction.UP ? "Already at the top." : "Already at the bottom.");
                return;
            }
            TasksChangedHere.fire(java.util.Set.of(id));
            list.makeCurrent(id, true);
            Announcer.announce("Moved " + title(id) + (direction == Direction.UP ? " up." : " down."));
        });
    }

    // ---------------------------------------------------------------- details

    void open(UUID id) {
        var editor = context.editor();
        if (editor == null) {
            Announcer.announce("Task details are not available.");
            return;
        }
        if (editing) {
            return;
        }
        editing = true;
        editor.open(id, () -> {
            editing = false;
            list.makeCurrent(id, true);
        });
    }

    // ---------------------------------------------------------------- helpers

    private void changedAndFocus(List<UUID> ids) {
        TasksChangedHere.fire(new HashSet<>(ids));
        if (list.row(ids.getFirst()) != null) {
            list.makeCurrent(ids.getFirst(), true);
        }
    }

    private String title(UUID id) {
        var row = list.row(id);
        return row == null ? "the task" : "'" + row.task().title() + "'";
    }

    private static String count(int n) {
        return n == 1 ? "1 task" : n + " tasks";
    }

    /** Runs an action; a task that vanished meanwhile (another tab, another device) is reported calmly. */
    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (TaskNotFoundException e) {
            Announcer.announce("That task is no longer there. The list is up to date again.");
            TasksChangedHere.fire(java.util.Set.of());
        } catch (NotAllowedException | TaskValidationException e) {
            // e.g. a viewer of a shared project: the row stays as it was, and the reason is said in words
            Announcer.speaksFor(Notification.show(e.getMessage(), 5000, Notification.Position.BOTTOM_START)); // said once, by the announcer below
            Announcer.announce(e.getMessage());
            list.ids().forEach(id -> list.row(id).resetCheckbox());
        }
    }

    Optional<UUID> current() {
        return Optional.ofNullable(list.currentRow()).map(TaskRow::id);
    }
}
