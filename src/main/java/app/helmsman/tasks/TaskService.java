package app.helmsman.tasks;

import app.helmsman.tasks.TaskAccess.Permission;
import app.helmsman.tasks.internal.TagEntity;
import app.helmsman.tasks.internal.TagRepository;
import app.helmsman.tasks.internal.TaskEntity;
import app.helmsman.tasks.internal.TaskRepository;
import app.helmsman.tasks.internal.TaskStore;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks of the signed-in person: capture, read, edit, complete and reopen one task. The lists people live in
 * are {@link TaskListService}; moving and reordering {@link TaskMoveService}; "blocked by" links
 * {@link TaskDependencyService}; the trash {@link TaskTrashService}. Every method loads what it works on
 * through {@link TaskAccess}: an id of someone else's task is answered with {@link TaskNotFoundException},
 * exactly as an unknown id. Days ("today") are days in the person's time zone, or UTC while it is not known
 * yet. Every change publishes a past-tense event (ids only) inside the transaction; listeners that touch
 * other state listen after commit. Arguments are never null unless their Javadoc says so.
 */
@Service
public class TaskService {

    private final TaskAccess access;
    private final TaskRepository tasks;
    private final TagRepository tags;
    private final TaskStore store;
    private final TaskDays days;
    private final SeriesScheduler series;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TaskDetailsLoader details;
    private final TaskCapacity capacity;

    TaskService(TaskAccess access, TaskRepository tasks, TagRepository tags, TaskStore store, TaskDays days, SeriesScheduler series,
                ApplicationEventPublisher events, Clock clock, TaskDetailsLoader details, TaskCapacity capacity) {
        this.capacity = capacity;
        this.access = access;
        this.tasks = tasks;
        this.tags = tags;
        this.store = store;
        this.days = days;
        this.series = series;
        this.events = events;
        this.clock = clock;
        this.details = details;
    }

    /**
     * Creates a task. A subtask joins its parent's project; a repeating task without a do date gets the
     * rule's first date from today on.
     *
     * @throws TaskValidationException with a message per unacceptable field
     * @throws ProjectNotFoundException when the project is not the person's
     * @throws TaskNotFoundException when the parent is not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TaskDetails create(TaskDraft draft) {
        var owner = access.currentUser();
        var rule = validate(draft.title(), draft.notes(), draft.priority(), draft.estimateMinutes(), null, draft.recurrenceRule());
        checkBounds(draft.title(), draft.notes(), draft.doDate(), draft.softDeadline(), draft.hardDeadline(), draft.tags());
        if (draft.status() == Status.DONE) {
            throw new TaskValidationException("status", "A new task cannot be done already.");
        }
        UUID projectId = null;
        if (draft.projectId() != null) {
            var project = access.project(draft.projectId(), Permission.WRITE);
            projectId = project.getId();
            owner = project.getOwnerId(); // a project's tasks belong to its creator, whoever adds them (ADR 0006)
        }
        if (draft.parentId() != null) {
            var parent = access.task(draft.parentId(), Permission.WRITE);
            projectId = parent.getProjectId();
            owner = parent.getOwnerId();
        }
        capacity.checkRoomFor(owner, 1);
        var task = new TaskEntity(owner, draft.title(), draft.source(), tasks.nextPosition(), clock.instant());
        task.setNotes(draft.notes());
        task.setOpenStatus(draft.status());
        task.setEnergy(draft.energy());
        task.setFocus(draft.focus());
        task.setEstimateMinutes(draft.estimateMinutes());
        task.setPriority(draft.priority());
        task.setDoDate(draft.doDate(), draft.doTime());
        task.setDeadlines(draft.softDeadline(), draft.hardDeadline());
        task.setRemindAt(checkRemindAt(draft.remindAt()));
        task.setProjectId(projectId);
        task.setParentId(draft.parentId());
        task.setTags(resolveTags(owner, draft.tags()));
        if (rule != null) {
            startSeries(task, rule, draft.recurrenceMode());
        }
        tasks.save(task);
        events.publishEvent(new TaskCreated(task.getId(), owner));
        return details.load(task.getId());
    }

    /**
     * The task with every field, also when it is in the trash.
     *
     * @throws TaskNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TaskDetails get(UUID id) {
        return details.load(access.task(id, Permission.READ).getId());
    }

    /**
     * Replaces the task's editable fields, if nobody saved it since the person loaded version
     * {@code expectedVersion}.
     *
     * @throws TaskConflictException when the version is not the current one; it carries the current task
     * @throws TaskValidationException with a message per unacceptable field
     * @throws TaskNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TaskDetails update(UUID id, long expectedVersion, TaskChange change) {
        var task = access.taskForUpdate(id);
        if (task.getVersion() != expectedVersion) {
            throw new TaskConflictException(details.load(task.getId()));
        }
        var rule = validate(change.title(), change.notes(), change.priority(), change.estimateMinutes(), change.actualMinutes(),
                change.recurrenceRule());
        checkBounds(change.title(), change.notes(), change.doDate(), change.softDeadline(), change.hardDeadline(), change.tags());
        if (change.status() == Status.DONE && task.getStatus() != Status.DONE) {
            throw new TaskValidationException("status", "Complete the task to mark it done.");
        }
        task.setTitle(change.title());
        task.setNotes(change.notes());
        if (change.status() != Status.DONE) {
            task.setOpenStatus(change.status());
        }
        task.setEnergy(change.energy());
        task.setFocus(change.focus());
        task.setEstimateMinutes(change.estimateMinutes());
        task.setActualMinutes(change.actualMinutes());
        task.setPriority(change.priority());
        task.setDoDate(change.doDate(), change.doTime());
        task.setDeadlines(change.softDeadline(), change.hardDeadline());
        task.setRemindAt(checkRemindAt(change.remindAt()));
        task.setTags(resolveTags(task.getOwnerId(), change.tags()));
        var mode = change.recurrenceMode() == null ? RecurrenceMode.FIXED : change.recurrenceMode();
        if (rule == null) {
            task.setRecurrence(null, null, null);
        } else if (!rule.equals(task.getRecurrenceRule()) || mode != task.getRecurrenceMode()) {
            startSeries(task, rule, mode);
        }
        tasks.flush();
        events.publishEvent(new TaskChanged(task.getId(), task.getOwnerId()));
        return details.load(task.getId());
    }

    /**
     * Marks the task done. If it repeats and is the latest instance of its series, creates the next one.
     *
     * @param subtasks what to do with open subtasks; may be null when there are none
     * @throws OpenSubtasksException when it has open subtasks and {@code subtasks} is null: ask the person
     * @throws TaskNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Completion complete(UUID id, ChildrenOption subtasks) {
        var task = access.taskForUpdate(id);
        if (task.getStatus() == Status.DONE) {
            return new Completion(details.load(id), List.of(), Optional.empty());
        }
        var open = store.openDescendants(id);
        if (!open.isEmpty() && subtasks == null) {
            throw new OpenSubtasksException(open.size());
        }
        var now = clock.instant();
        var owner = task.getOwnerId();
        task.complete(now);
        tasks.flush();
        var completedChildren = subtasks == ChildrenOption.COMPLETE_CHILDREN ? open : List.<UUID>of();
        store.complete(completedChildren, now);
        var next = series.afterCompletion(id, now);
        events.publishEvent(new TaskCompleted(id, owner));
        completedChildren.forEach(child -> events.publishEvent(new TaskCompleted(child, owner)));
        next.ifPresent(created -> events.publishEvent(new TaskCreated(created, owner)));
        return new Completion(details.load(id), completedChildren, next);
    }

    /**
     * Makes a done task open again (TODO). An instance its completion created stays.
     *
     * @throws TaskNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TaskDetails reopen(UUID id) {
        var task = access.taskForUpdate(id);
        if (task.getStatus() == Status.DONE) {
            task.setOpenStatus(Status.TODO);
            tasks.flush();
            events.publishEvent(new TaskChanged(id, task.getOwnerId()));
        }
        return details.load(id);
    }

    /**
     * Adds time spent on the task (a focus session's) to its actual minutes, once per entry: the same entry id
     * again (a finish clicked twice, two replicas finishing at once) changes nothing. The sum stops at a week.
     *
     * @param entryId names this piece of time, e.g. the focus session's id
     * @return whether this call added the minutes (false when the entry was added before)
     * @throws TaskValidationException when minutes is below 1 or above a week
     * @throws TaskNotFoundException when the task is unknown or the person may not change it
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean addActualMinutes(UUID id, UUID entryId, int minutes) {
        if (minutes < 1 || minutes > TaskDraft.MAX_MINUTES) {
            throw new TaskValidationException("actualMinutes", "Add between 1 minute and a week.");
        }
        var task = access.taskForUpdate(id);
        if (!store.recordTimeEntry(entryId, id, minutes, clock.instant())) {
            return false;
        }
        var before = task.getActualMinutes() == null ? 0 : task.getActualMinutes();
        task.setActualMinutes(Math.min(TaskDraft.MAX_MINUTES, before + minutes));
        tasks.flush();
        events.publishEvent(new TaskChanged(id, task.getOwnerId()));
        return true;
    }

    // ------------------------------------------------------------------ helpers

    /** Starts (or restarts from this instance) the task's series; a task without a do date gets the rule's first date from today. */
    private void startSeries(TaskEntity task, String rule, RecurrenceMode mode) {
        var today = days.today(task.getOwnerId());
        var start = task.getOccurrenceDate() != null ? task.getOccurrenceDate() : task.getDoDate();
        if (start == null) {
            start = Recurrences.firstOnOrAfter(rule, today, today).orElse(today);
            task.setDoDate(start, task.getDoTime());
        }
        // the start comes from the do date; lib-recur does not return for years below 0
        Recurrences.checkStart(start, "doDate");
        task.setRecurrence(rule, mode, start);
    }

    private HashSet<TagEntity> resolveTags(UUID owner, List<String> names) {
        var wanted = new LinkedHashMap<String, String>();
        for (var name : names) {
            if (name == null || TagEntity.normaliseName(name).isEmpty()) {
                continue;
            }
            var normalised = TagEntity.normaliseName(name);
            if (normalised.length() > TagView.NAME_MAX_LENGTH) {
                throw new TaskValidationException("tags", "Use at most " + TagView.NAME_MAX_LENGTH + " characters for a tag.");
            }
            wanted.putIfAbsent(normalised.toLowerCase(Locale.ROOT), normalised);
        }
        var found = new HashSet<TagEntity>();
        if (wanted.isEmpty()) {
            return found;
        }
        var existing = tags.findByOwnerAndLowerNames(owner, wanted.keySet());
        found.addAll(existing);
        var existingNames = new LinkedHashSet<String>();
        existing.forEach(t -> existingNames.add(t.getName().toLowerCase(Locale.ROOT)));
        wanted.forEach((lower, name) -> {
            if (!existingNames.contains(lower)) {
                found.add(tags.save(new TagEntity(owner, name)));
            }
        });
        return found;
    }

    /** Checks what every write shares against {@link InputBounds}: no NUL in any text, dates in range, a bounded number of tags. */
    private static void checkBounds(String title, String notes, java.time.LocalDate doDate, java.time.LocalDate softDeadline,
                                    java.time.LocalDate hardDeadline, List<String> tagNames) {
        var errors = new LinkedHashMap<String, String>();
        InputBounds.checkNul(errors, "title", title);
        InputBounds.checkNul(errors, "notes", notes);
        tagNames.forEach(name -> InputBounds.checkNul(errors, "tags", name));
        if (tagNames.size() > InputBounds.TAGS_PER_TASK_MAX) {
            errors.putIfAbsent("tags", "Use at most " + InputBounds.TAGS_PER_TASK_MAX + " tags on a task.");
        }
        InputBounds.checkDate(errors, "doDate", doDate);
        InputBounds.checkDate(errors, "softDeadline", softDeadline);
        InputBounds.checkDate(errors, "hardDeadline", hardDeadline);
        if (!errors.isEmpty()) {
            throw new TaskValidationException(errors);
        }
    }

    /** Checks the fields every write shares; returns the normalised recurrence rule or null. */
    private static String validate(String title, String notes, Integer priority, Integer estimate, Integer actual, String rule) {
        var errors = new LinkedHashMap<String, String>();
        var stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            errors.put("title", "Give the task a title.");
        } else if (stripped.length() > TaskDraft.TITLE_MAX_LENGTH) {
            errors.put("title", "Use at most " + TaskDraft.TITLE_MAX_LENGTH + " characters.");
        }
        if (notes != null && notes.length() > TaskDraft.NOTES_MAX_LENGTH) {
            errors.put("notes", "Use at most " + TaskDraft.NOTES_MAX_LENGTH + " characters.");
        }
        if (priority != null && (priority < 1 || priority > 4)) {
            errors.put("priority", "Choose a priority from 1 (highest) to 4.");
        }
        if (estimate != null && (estimate < 0 || estimate > TaskDraft.MAX_MINUTES)) {
            errors.put("estimateMinutes", "Estimate between 0 minutes and a week.");
        }
        if (actual != null && (actual < 0 || actual > TaskDraft.MAX_MINUTES)) {
            errors.put("actualMinutes", "Enter between 0 minutes and a week.");
        }
        String normalised = null;
        if (rule != null && !rule.isBlank()) {
            try {
                normalised = Recurrences.normalise(rule);
            } catch (TaskValidationException e) {
                errors.putAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new TaskValidationException(errors);
        }
        return normalised;
    }

    /** A "remind me" time between the date bounds of every other date (1900-2200). */
    private static java.time.Instant checkRemindAt(java.time.Instant at) {
        if (at != null && !InputBounds.inRange(at.atZone(java.time.ZoneOffset.UTC).toLocalDate())) {
            throw new TaskValidationException("remindAt", "Choose a reminder time between 1900 and 2200.");
        }
        return at;
    }
}
