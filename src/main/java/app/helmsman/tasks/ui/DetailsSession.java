package app.helmsman.tasks.ui;

import app.helmsman.tasks.DependencyCycleException;
import app.helmsman.tasks.NotAllowedException;
import app.helmsman.tasks.TaskChange;
import app.helmsman.tasks.TaskConflictException;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskValidationException;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The saving side of the details dialog: what is stored ({@link #stored()}), what the person wants
 * ({@link #mine()}), and one save per edit through {@link TaskService#update} with the version they loaded.
 * A conflict keeps {@code mine} until the person chooses to keep it (saved over the new version) or take theirs.
 */
class DetailsSession {

    /** What the dialog shows after an attempt. */
    interface Listener {
        void saved(TaskDetails now);

        void invalid(Map<String, String> errors);

        void conflict(TaskDetails theirs);
    }

    private final TaskService tasks;
    private final Listener listener;
    private TaskDetails stored;
    private TaskChange mine;
    private TaskDetails theirs;

    DetailsSession(TaskService tasks, TaskDetails loaded, Listener listener) {
        this.tasks = tasks;
        this.stored = loaded;
        this.mine = loaded.toChange();
        this.listener = listener;
    }

    TaskDetails stored() {
        return stored;
    }

    TaskChange mine() {
        return mine;
    }

    boolean inConflict() {
        return theirs != null;
    }

    /** Applies one edit and saves it, unless a conflict waits for the person's choice. */
    void edit(UnaryOperator<TaskChange> edit) {
        var wanted = edit.apply(mine);
        if (theirs != null) {
            mine = wanted;
            listener.conflict(theirs);
            return;
        }
        save(wanted, stored.version());
    }

    /** Keep mine: what the person typed, saved over the version saved elsewhere. */
    void keepMine() {
        var over = theirs;
        theirs = null;
        save(mine, over.version());
    }

    /** Take theirs: forget the person's unsaved edits and show what is stored. */
    TaskDetails takeTheirs() {
        stored = theirs == null ? stored : theirs;
        theirs = null;
        mine = stored.toChange();
        return stored;
    }

    /** Something else (an assist action) changed the task: show what is stored now, keeping no stale edits. */
    void reloaded(TaskDetails fresh) {
        stored = fresh;
        theirs = null;
        mine = fresh.toChange();
    }

    /**
     * Runs a change that does not go through {@code update} (project, parent, dependencies, subtasks); its
     * validation and cycle errors are reported under {@code field}.
     */
    void run(String field, Supplier<TaskDetails> action) {
        try {
            accept(action.get());
        } catch (TaskValidationException e) {
            listener.invalid(Map.of(field, e.getMessage()));
        } catch (DependencyCycleException e) {
            listener.invalid(Map.of(field, e.getMessage()));
        } catch (NotAllowedException e) {
            listener.invalid(Map.of(field, e.getMessage()));
        }
    }

    private void save(TaskChange wanted, long version) {
        try {
            accept(tasks.update(stored.id(), version, wanted));
        } catch (TaskConflictException e) {
            mine = wanted;
            theirs = e.current();
            listener.conflict(theirs);
        } catch (TaskValidationException e) {
            // nothing invalid is kept in mine, so the next edit of another field saves
            listener.invalid(e.errors());
        } catch (NotAllowedException e) {
            listener.invalid(Map.of("", e.getMessage()));
        }
    }

    private void accept(TaskDetails now) {
        stored = now;
        mine = now.toChange();
        TasksChangedHere.fire(Set.of(now.id()));
        listener.saved(now);
    }
}
