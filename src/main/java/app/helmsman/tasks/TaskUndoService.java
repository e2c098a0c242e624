package app.helmsman.tasks;

import app.helmsman.tasks.TaskAccess.Permission;
import app.helmsman.tasks.internal.TaskEntity;
import app.helmsman.tasks.internal.TaskStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undo for list actions: a snapshot of the tasks an action will touch (each with its subtasks), taken
 * before it, and putting them back exactly (status, completion time, project, parent, position).
 * Trash has its own exact undo, {@link TaskTrashService#restore}. Ids of tasks that are not the person's are
 * answered with {@link TaskNotFoundException}, as everywhere.
 */
@Service
public class TaskUndoService {

    private final TaskAccess access;
    private final TaskStore store;
    private final TaskMoveService moves;
    private final ApplicationEventPublisher events;

    TaskUndoService(TaskAccess access, TaskStore store, TaskMoveService moves, ApplicationEventPublisher events) {
        this.access = access;
        this.store = store;
        this.moves = moves;
        this.events = events;
    }

    /**
     * The current state of these tasks and of their subtasks at any depth (not trashed), the roots first.
     *
     * @throws TaskNotFoundException when a task is unknown or not the person's
     * @throws TaskValidationException when there are more than {@link InputBounds#BULK_IDS_MAX} ids
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskSnapshot> snapshot(Collection<UUID> ids) {
        if (ids.size() > InputBounds.BULK_IDS_MAX) {
            throw new TaskValidationException("ids", "Choose at most " + InputBounds.BULK_IDS_MAX + " tasks at once.");
        }
        var wanted = new LinkedHashSet<UUID>();
        for (var id : ids) {
            wanted.add(access.task(id, Permission.READ).getId());
        }
        for (var id : List.copyOf(wanted)) {
            wanted.addAll(store.descendants(id));
        }
        var snapshots = new ArrayList<TaskSnapshot>();
        for (var id : wanted) {
            var task = access.task(id, Permission.READ);
            snapshots.add(new TaskSnapshot(task.getId(), task.getStatus(), task.getCompletedAt(), task.getProjectId(),
                    task.getParentId(), task.getPosition()));
        }
        return snapshots;
    }

    /**
     * Puts the tasks back as they were in the snapshots; tasks deleted for good since are skipped. A snapshot
     * comes from the caller, so where it puts a task is a request to move it, checked and handed over exactly
     * like a move ({@link TaskMoveService#moveBack}): all of it happens or none.
     *
     * @throws NotAllowedException when the person may not move a task there, or may not take it from its owner
     * @throws TaskNotFoundException, ProjectNotFoundException when a snapshot names a parent or project that is
     *                                unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revert(List<TaskSnapshot> snapshots) {
        for (var snapshot : snapshots) {
            TaskEntity task;
            try {
                task = access.taskForUpdate(snapshot.id());
            } catch (TaskNotFoundException gone) {
                continue;
            }
            if (!changed(task, snapshot)) {
                continue;
            }
            if (snapshot.status() == Status.DONE) {
                task.complete(snapshot.completedAt());
            } else {
                task.setOpenStatus(snapshot.status());
            }
            task.setPosition(snapshot.position());
            // last: a move writes the task and detaches it
            var owner = moves.moveBack(task, snapshot.projectId(), snapshot.parentId());
            events.publishEvent(new TaskChanged(task.getId(), owner));
        }
    }

    private static boolean changed(TaskEntity task, TaskSnapshot snapshot) {
        return task.getStatus() != snapshot.status() || !Objects.equals(task.getCompletedAt(), snapshot.completedAt())
                || !Objects.equals(task.getProjectId(), snapshot.projectId()) || !Objects.equals(task.getParentId(), snapshot.parentId())
                || task.getPosition() != snapshot.position();
    }
}
