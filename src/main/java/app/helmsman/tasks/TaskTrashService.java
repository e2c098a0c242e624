package app.helmsman.tasks;

import app.helmsman.tasks.TaskAccess.Permission;
import app.helmsman.tasks.internal.TaskQueries;
import app.helmsman.tasks.internal.TaskStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trash: tasks go there with their subtasks, come back from it, or are deleted for good; the
 * {@link TrashPurgeJob} deletes what has been there longer than {@link TrashPolicy#RETENTION}. As in {@link TaskService}, every method loads what
 * it works on through {@link TaskAccess} (someone else's id is answered exactly as an unknown one) and
 * publishes past-tense events inside the transaction.
 */
@Service
public class TaskTrashService {

    private final TaskAccess access;
    private final TaskStore store;
    private final TaskQueries queries;
    private final TaskDays days;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TaskDetailsLoader details;

    TaskTrashService(TaskAccess access, TaskStore store, TaskQueries queries, TaskDays days, ApplicationEventPublisher events, Clock clock,
                     TaskDetailsLoader details) {
        this.access = access;
        this.store = store;
        this.queries = queries;
        this.days = days;
        this.events = events;
        this.clock = clock;
        this.details = details;
    }

    /**
     * Moves the task and its subtasks to the trash, restorable for 30 days.
     *
     * @return the ids trashed (the task first), for undo
     * @throws TaskNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<UUID> trash(UUID id) {
        var task = access.task(id, Permission.WRITE);
        if (task.getDeletedAt() != null) {
            return List.of();
        }
        var owner = task.getOwnerId();
        var trashed = new ArrayList<>(store.trash(id, clock.instant()));
        trashed.sort(Comparator.comparing((UUID t) -> !t.equals(id)));
        trashed.forEach(t -> events.publishEvent(new TaskDeleted(t, owner)));
        return trashed;
    }

    /**
     * Brings a trashed task back with the subtasks trashed together with it (and its trashed parents).
     *
     * @throws TaskNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TaskDetails restore(UUID id) {
        var task = access.task(id, Permission.WRITE);
        if (task.getDeletedAt() != null) {
            var owner = task.getOwnerId();
            store.restore(id, task.getDeletedAt()).forEach(t -> events.publishEvent(new TaskRestored(t, owner)));
        }
        return details.load(id);
    }

    /**
     * Deletes a trashed task for good, with its subtasks.
     *
     * @throws TaskValidationException when the task is not in the trash
     * @throws TaskNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void purge(UUID id) {
        var task = access.task(id, Permission.WRITE);
        if (task.getDeletedAt() == null) {
            throw new TaskValidationException("deletedAt", "Only a task in the trash can be deleted for good.");
        }
        var owner = task.getOwnerId();
        store.purge(id);
        events.publishEvent(new TaskDeleted(id, owner));
    }

    /** Trashed tasks, most recently deleted first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<TaskView> trash(Pageable page) {
        var owner = access.listOwner();
        return queries.trash(owner, days.today(owner), page);
    }
}
