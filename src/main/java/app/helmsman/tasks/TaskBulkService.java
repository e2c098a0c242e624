package app.helmsman.tasks;

import app.helmsman.tasks.TaskAccess.Permission;
import app.helmsman.tasks.internal.TaskStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One click on many tasks (the bulk bar, undo of a list action) as one transaction: every task changes, or
 * none does. Each task goes through the same single-task service, with its access checks, inside this
 * transaction; the first failure rolls back everything done before it. Arguments are never null.
 */
@Service
public class TaskBulkService {

    private final TaskAccess access;
    private final TaskStore store;
    private final TaskService tasks;
    private final TaskMoveService moves;
    private final TaskTrashService trash;
    private final TaskUndoService undo;

    TaskBulkService(TaskAccess access, TaskStore store, TaskService tasks, TaskMoveService moves, TaskTrashService trash,
                    TaskUndoService undo) {
        this.access = access;
        this.store = store;
        this.tasks = tasks;
        this.moves = moves;
        this.trash = trash;
        this.undo = undo;
    }

    /**
     * Completes every task. When some of them have open subtasks and {@code subtasks} is null, nothing is
     * completed and the person is asked.
     *
     * @param subtasks what to do with open subtasks; may be null
     * @return the next instances of repeating tasks that the completions created, for undo
     * @throws BulkOpenSubtasksException when tasks have open subtasks and {@code subtasks} is null (nothing done)
     * @throws TaskNotFoundException when a task is unknown or not the person's (nothing done)
     * @throws NotAllowedException when the person may see a task but not change it (nothing done)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<UUID> completeAll(Collection<UUID> ids, ChildrenOption subtasks) {
        var unique = new LinkedHashSet<>(ids);
        if (subtasks == null) {
            var asking = new ArrayList<UUID>();
            int open = 0;
            for (var id : unique) {
                // asked before anything changes: catching OpenSubtasksException from complete() would doom the transaction
                var task = access.task(id, Permission.READ);
                var count = task.getStatus() == Status.DONE ? 0 : store.openDescendants(task.getId()).size();
                if (count > 0) {
                    asking.add(id);
                    open += count;
                }
            }
            if (!asking.isEmpty()) {
                throw new BulkOpenSubtasksException(asking, open);
            }
        }
        var created = new ArrayList<UUID>();
        for (var id : unique) {
            tasks.complete(id, subtasks).nextInstance().ifPresent(created::add);
        }
        return created;
    }

    /**
     * Moves every task (with its subtasks) to a project, or to the Inbox ({@code projectId} null).
     *
     * @param projectId may be null
     * @throws TaskNotFoundException when a task is unknown or not the person's (nothing moved)
     * @throws ProjectNotFoundException when the project is unknown or not the person's (nothing moved)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void moveAllToProject(Collection<UUID> ids, UUID projectId) {
        for (var id : new LinkedHashSet<>(ids)) {
            moves.moveToProject(id, projectId);
        }
    }

    /**
     * Moves every task (with its subtasks) to the trash.
     *
     * @return the tasks this call trashed (not those already in the trash), for undo with {@link #restoreAll}
     * @throws TaskNotFoundException when a task is unknown or not the person's (nothing trashed)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<UUID> trashAll(Collection<UUID> ids) {
        var roots = new ArrayList<UUID>();
        for (var id : new LinkedHashSet<>(ids)) {
            if (!trash.trash(id).isEmpty()) {
                roots.add(id);
            }
        }
        return roots;
    }

    /**
     * Brings every task back from the trash, with the subtasks trashed together with it.
     *
     * @throws TaskNotFoundException when a task is unknown or not the person's (nothing restored)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void restoreAll(Collection<UUID> ids) {
        for (var id : new LinkedHashSet<>(ids)) {
            trash.restore(id);
        }
    }

    /**
     * Deletes every task in the trash for good, with its subtasks.
     *
     * @throws TaskValidationException when a task is not in the trash (nothing deleted)
     * @throws TaskNotFoundException when a task is unknown or not the person's (nothing deleted)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void purgeAll(Collection<UUID> ids) {
        for (var id : new LinkedHashSet<>(ids)) {
            trash.purge(id);
        }
    }

    /**
     * Undoes a list action: puts the tasks back as in the snapshots ({@link TaskUndoService#revert}) and deletes
     * for good the repeating-task instances the action created.
     *
     * @param created instances to delete; those deleted meanwhile are skipped
     * @throws TaskNotFoundException when a task is not the person's (nothing undone)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void undo(List<TaskSnapshot> before, Collection<UUID> created) {
        undo.revert(before);
        for (var instance : new LinkedHashSet<>(created)) {
            trash.trash(instance);
            trash.purge(instance);
        }
    }
}
