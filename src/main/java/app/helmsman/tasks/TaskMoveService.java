package app.helmsman.tasks;

import app.helmsman.tasks.TaskAccess.Permission;
import app.helmsman.tasks.internal.MemberStore;
import app.helmsman.tasks.internal.TaskEntity;
import app.helmsman.tasks.internal.TaskRepository;
import app.helmsman.tasks.internal.TaskStore;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the signed-in person's tasks sit: in which project (or the Inbox), under which parent, in which
 * order. A task that moves into a project is handed over to the project's owner, with its subtasks (ADR
 * 0006); a move that would take a task from its owner (to someone's Inbox, or into a project of another
 * owner) is the owner's alone to make, so that nobody takes a shared task out of the owner's account
 * (ADR 0011). As in {@link TaskService}, every method loads what it works on through {@link TaskAccess}
 * (someone else's id is answered exactly as an unknown one) and publishes {@link TaskChanged} inside the
 * transaction. Undo moves through {@link #moveBack} with the same checks. Arguments are never null unless
 * their Javadoc says so.
 */
@Service
public class TaskMoveService {

    /** Why a move that would take a task away from its owner is refused to anyone else. */
    public static final String ONLY_THE_OWNER_TAKES_OUT =
            "Only the person who created this project can take its tasks out of it. You can still move it to another of their projects.";

    private final TaskAccess access;
    private final TaskRepository tasks;
    private final TaskStore store;
    private final MemberStore members;
    private final TaskLiveHints hints;
    private final ApplicationEventPublisher events;
    private final TaskDetailsLoader details;

    TaskMoveService(TaskAccess access, TaskRepository tasks, TaskStore store, MemberStore members, TaskLiveHints hints,
                    ApplicationEventPublisher events, TaskDetailsLoader details) {
        this.access = access;
        this.tasks = tasks;
        this.store = store;
        this.members = members;
        this.hints = hints;
        this.events = events;
        this.details = details;
    }

    /**
     * Moves the task with its subtasks to a project, or to the Inbox ({@code projectId} null), at the end
     * of the list. A subtask moved to another project than its parent's leaves its parent.
     *
     * @throws TaskNotFoundException when the task is unknown or not the person's
     * @throws ProjectNotFoundException when the project is unknown or not the person's
     * @throws NotAllowedException when the person may not change the task or the project, or when the move
     *                             would take the task from its owner and the person is not that owner
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TaskDetails moveToProject(UUID id, UUID projectId) {
        var task = access.task(id, Permission.WRITE);
        // set before the move: moving the subtree writes it and detaches the entity
        task.setPosition(tasks.nextPosition());
        var owner = toProject(task, projectId);
        events.publishEvent(new TaskChanged(id, owner));
        return details.load(id);
    }

    /**
     * Makes the task a subtask of another (at the end of its subtasks, in its project), or a top-level
     * task again ({@code parentId} null).
     *
     * @throws TaskValidationException when the new parent is the task itself or one of its subtasks
     * @throws TaskNotFoundException when either task is unknown or not the person's
     * @throws NotAllowedException when the person may not change either task, or when the move would take the
     *                             task from its owner and the person is not that owner
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TaskDetails moveUnder(UUID id, UUID parentId) {
        var task = access.task(id, Permission.WRITE);
        var owner = task.getOwnerId();
        task.setPosition(tasks.nextPosition());
        if (parentId == null) {
            task.setParentId(null);
            tasks.flush();
        } else {
            underParent(task, parentId);
        }
        events.publishEvent(new TaskChanged(id, owner));
        return details.load(id);
    }

    /**
     * Puts a task the caller has loaded for writing back where an undo snapshot says it was: under
     * {@code parentId}, or at the top level of {@code projectId} (null: the Inbox). The snapshot is a request to
     * move like any other, checked and handed over exactly as {@link #moveToProject} and {@link #moveUnder}
     * do. Set everything else on the task before: a move writes it and detaches it.
     *
     * @return the task's owner afterwards
     * @throws NotAllowedException, TaskNotFoundException, ProjectNotFoundException, TaskValidationException as
     *                              the moves do
     */
    UUID moveBack(TaskEntity task, UUID projectId, UUID parentId) {
        if (parentId != null) {
            if (parentId.equals(task.getParentId())) {
                return task.getOwnerId();
            }
            var parent = underParent(task, parentId);
            return parent.getOwnerId();
        }
        task.setParentId(null);
        return Objects.equals(projectId, task.getProjectId()) ? task.getOwnerId() : toProject(task, projectId);
    }

    /** Moves the task and its subtasks to the project (null: the person's Inbox); returns the new owner. */
    private UUID toProject(TaskEntity task, UUID projectId) {
        var target = projectId == null ? null : access.project(projectId, Permission.WRITE);
        var project = target == null ? null : target.getId();
        var newOwner = target == null ? access.currentUser() : target.getOwnerId();
        if (task.getParentId() != null) {
            var parent = tasks.findById(task.getParentId()).orElseThrow();
            if (!Objects.equals(parent.getProjectId(), project)) {
                task.setParentId(null);
            }
        }
        moveSubtree(task, project, newOwner);
        return newOwner;
    }

    /** Makes the task a subtask of the parent, in the parent's project and hands, with its own subtasks. */
    private TaskEntity underParent(TaskEntity task, UUID parentId) {
        var parent = access.task(parentId, Permission.WRITE);
        if (store.inSubtree(task.getId(), parentId)) {
            throw new TaskValidationException("parentId", "A task cannot become a subtask of itself or of its own subtasks.");
        }
        task.setParentId(parentId);
        moveSubtree(task, parent.getProjectId(), parent.getOwnerId());
        return parent;
    }

    /**
     * Puts the task and its subtasks into {@code project} (null: the Inbox) and hands them to
     * {@code owner}; the project they leave is told too. Only the task's owner may hand it to someone else.
     */
    private void moveSubtree(TaskEntity task, UUID project, UUID owner) {
        if (!task.getOwnerId().equals(owner) && !task.getOwnerId().equals(access.currentUser())) {
            throw new NotAllowedException(ONLY_THE_OWNER_TAKES_OUT);
        }
        hints.alsoProject(task.getId(), task.getProjectId());
        store.setProjectOfSubtree(task.getId(), project);
        members.handOver(task.getId(), owner, project);
    }

    /**
     * Moves the task one place up or down among its siblings (same project and parent, open or done like
     * it) by swapping places with its neighbour.
     *
     * @return false when it is already first (up) or last (down)
     * @throws TaskNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean reorder(UUID id, Direction direction) {
        var task = access.task(id, Permission.WRITE);
        var neighbour = store.neighbour(task, direction == Direction.UP);
        if (neighbour.isEmpty()) {
            return false;
        }
        var other = access.task(neighbour.get().id(), Permission.WRITE);
        other.setPosition(task.getPosition());
        task.setPosition(neighbour.get().position());
        tasks.flush();
        events.publishEvent(new TaskChanged(id, task.getOwnerId()));
        events.publishEvent(new TaskChanged(other.getId(), other.getOwnerId()));
        return true;
    }
}
