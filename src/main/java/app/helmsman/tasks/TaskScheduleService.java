package app.helmsman.tasks;

import app.helmsman.tasks.internal.TaskRepository;
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
 * One-key scheduling (today, tomorrow, later this week, next week, someday) of one task or a selection, and
 * its undo, each one transaction: every task changes, or none does. Days are the signed-in person's, in their
 * time zone. A task keeps its time of day when it moves to another day; someday takes both away
 * ({@link When#SOMEDAY}). The same rule as editing a task: a project's viewers may not. Arguments are never null.
 */
@Service
public class TaskScheduleService {

    private final TaskAccess access;
    private final TaskRepository tasks;
    private final TaskDays days;
    private final ApplicationEventPublisher events;

    TaskScheduleService(TaskAccess access, TaskRepository tasks, TaskDays days, ApplicationEventPublisher events) {
        this.access = access;
        this.tasks = tasks;
        this.days = days;
        this.events = events;
    }

    /**
     * Gives every task the day {@code when} means today.
     *
     * @return where each task stood before, for {@link #restore}
     * @throws TaskNotFoundException when a task is unknown or not the person's (nothing changed)
     * @throws NotAllowedException when the person may see a task but not change it (nothing changed)
     * @throws TaskValidationException when there are more than {@link InputBounds#BULK_IDS_MAX} ids
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<DoDateSnapshot> schedule(Collection<UUID> ids, When when) {
        Objects.requireNonNull(when, "when");
        checkCount(ids.size());
        var day = when.dayFrom(days.today(access.listOwner()));
        var before = new ArrayList<DoDateSnapshot>();
        for (var id : new LinkedHashSet<>(ids)) {
            var task = access.taskForUpdate(id);
            before.add(new DoDateSnapshot(task.getId(), task.getDoDate(), task.getDoTime()));
            if (Objects.equals(task.getDoDate(), day)) {
                continue;
            }
            task.setDoDate(day, task.getDoTime());
            tasks.flush();
            events.publishEvent(new TaskChanged(task.getId(), task.getOwnerId()));
        }
        return before;
    }

    /**
     * Puts the do dates and times back as in the snapshots; tasks deleted for good since are skipped. A snapshot
     * comes from the caller, so each one is checked like an edit of the task (access, dates from 1900 to 2200).
     *
     * @throws TaskNotFoundException when a task is not the person's (nothing changed)
     * @throws NotAllowedException when the person may see a task but not change it (nothing changed)
     * @throws TaskValidationException when a date is out of range or there are too many snapshots (nothing changed)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void restore(List<DoDateSnapshot> snapshots) {
        checkCount(snapshots.size());
        for (var snapshot : snapshots) {
            if (snapshot.doDate() != null && !InputBounds.inRange(snapshot.doDate())) {
                throw new TaskValidationException("doDate", InputBounds.dateMessage());
            }
        }
        for (var snapshot : snapshots) {
            if (snapshot.id() == null || !tasks.existsById(snapshot.id())) {
                continue;
            }
            var task = access.taskForUpdate(snapshot.id());
            if (Objects.equals(task.getDoDate(), snapshot.doDate()) && Objects.equals(task.getDoTime(), snapshot.doTime())) {
                continue;
            }
            task.setDoDate(snapshot.doDate(), snapshot.doTime());
            tasks.flush();
            events.publishEvent(new TaskChanged(task.getId(), task.getOwnerId()));
        }
    }

    private static void checkCount(int count) {
        if (count > InputBounds.BULK_IDS_MAX) {
            throw new TaskValidationException("ids", "Choose at most " + InputBounds.BULK_IDS_MAX + " tasks at once.");
        }
    }
}
