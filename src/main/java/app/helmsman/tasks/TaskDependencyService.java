package app.helmsman.tasks;

import app.helmsman.tasks.TaskAccess.Permission;
import app.helmsman.tasks.internal.TaskStore;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Blocked by" links between the signed-in person's tasks, never in a circle ({@link DependencyCycles}). As in
 * {@link TaskService}, both tasks are loaded through {@link TaskAccess} (someone else's id is answered exactly
 * as an unknown one): the waiting task must be one the person may change, the blocker one they may see.
 */
@Service
public class TaskDependencyService {

    private final TaskAccess access;
    private final TaskStore store;
    private final ApplicationEventPublisher events;
    private final TaskDetailsLoader details;

    TaskDependencyService(TaskAccess access, TaskStore store, ApplicationEventPublisher events, TaskDetailsLoader details) {
        this.access = access;
        this.store = store;
        this.events = events;
        this.details = details;
    }

    /**
     * Records that {@code taskId} waits for {@code blockerId}. Both may be in different projects.
     *
     * @throws DependencyCycleException when the tasks would wait for each other in a circle; the message names it
     * @throws TaskValidationException when the task already waits for {@link InputBounds#DEPENDENCIES_PER_TASK_MAX} tasks
     * @throws TaskNotFoundException when either task is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TaskDetails addDependency(UUID taskId, UUID blockerId) {
        var task = access.task(taskId, Permission.WRITE);
        var blocker = access.task(blockerId, Permission.READ);
        // one graph change per owner at a time, so two concurrent additions cannot close a circle together
        store.lockDependencies(task.getOwnerId());
        if (store.dependencyCount(task.getId()) >= InputBounds.DEPENDENCIES_PER_TASK_MAX) {
            throw new TaskValidationException("blockedBy", "A task can wait for up to " + InputBounds.DEPENDENCIES_PER_TASK_MAX
                    + " tasks. Remove one it no longer waits for first.");
        }
        var cycle = DependencyCycles.cycle(store.blockedByGraphFrom(blocker.getId()), task.getId(), blocker.getId());
        if (cycle.isPresent()) {
            // the circle may pass through tasks the person may not open: those are named without their title
            throw new DependencyCycleException(details.titles(cycle.get()));
        }
        if (store.addDependency(task.getId(), blocker.getId())) {
            events.publishEvent(new TaskChanged(taskId, task.getOwnerId()));
        }
        return details.load(taskId);
    }

    /**
     * Removes "{@code taskId} waits for {@code blockerId}", if it was recorded. A recorded blocker need not be
     * one the person may still open (e.g. in a project they were removed from): the link is part of the
     * waiting task, shown to them as {@link TaskRef#hidden}.
     *
     * @throws TaskNotFoundException when the waiting task is unknown or not the person's, or when nothing was
     *                               recorded and the blocker is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TaskDetails removeDependency(UUID taskId, UUID blockerId) {
        var task = access.task(taskId, Permission.WRITE);
        if (store.removeDependency(taskId, blockerId)) {
            events.publishEvent(new TaskChanged(taskId, task.getOwnerId()));
        } else {
            // an id that was not linked is answered as everywhere: someone else's like an unknown one
            access.task(blockerId, Permission.READ);
        }
        return details.load(taskId);
    }
}
