package app.helmsman.tasks;

import app.helmsman.tasks.TaskAccess.Permission;
import app.helmsman.tasks.internal.MemberStore;
import app.helmsman.tasks.internal.TagEntity;
import app.helmsman.tasks.internal.TagRepository;
import app.helmsman.tasks.internal.TaskEntity;
import app.helmsman.tasks.internal.TaskQueries;
import app.helmsman.tasks.internal.TaskRepository;
import app.helmsman.tasks.internal.TaskStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks of the signed-in person: capture, edit, complete, order, link, trash, and the lists people live
 * in. Every method loads what it works on through {@link TaskAccess}: an id of someone else's task is
 * answered with {@link TaskNotFoundException}, exactly as an unknown id. Days ("today", "rolled over")
 * are days in the person's time zone, or UTC while it is not known yet. Every change publishes a
 * past-tense event (ids only) inside the transaction; listeners that touch other state listen after commit.
 * Arguments are never null unless their Javadoc says so.
 */
@Service
public class TaskService {

    /** Days the Upcoming view shows, starting tomorrow. */
    public static final int UPCOMING_DAYS = 14;

    private final TaskAccess access;
    private final TaskRepository tasks;
    private final TagRepository tags;
    private final TaskQueries queries;
    private final TaskStore store;
    private final TaskDays days;
    private final SeriesScheduler series;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MemberStore members;
    private final TaskLiveHints hints;

    TaskService(TaskAccess access, TaskRepository tasks, TagRepository tags, TaskQueries queries, TaskStore store, TaskDays days,
                SeriesScheduler series, ApplicationEventPublisher events, Clock clock, MemberStore members, TaskLiveHints hints) {
        this.members = members;
        this.hints = hints;
        this.access = access;
        this.tasks = tasks;
        this.tags = tags;
        this.queries = queries;
        this.store = store;
        this.days = days;
        this.series = series;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ single tasks

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
        var task = new TaskEntity(owner, draft.title(), draft.source(), tasks.nextPosition(), clock.instant());
        task.setNotes(draft.notes());
        task.setOpenStatus(draft.status());
        task.setEnergy(draft.energy());
        task.setFocus(draft.focus());
        task.setEstimateMinutes(draft.estimateMinutes());
        task.setPriority(draft.priority());
        task.setDoDate(draft.doDate(), draft.doTime());
        task.setDeadlines(draft.softDeadline(), draft.hardDeadline());
        task.setProjectId(projectId);
        task.setParentId(draft.parentId());
        task.setTags(resolveTags(owner, draft.tags()));
        if (rule != null) {
            startSeries(task, rule, draft.recurrenceMode());
        }
        tasks.save(task);
        events.publishEvent(new TaskCreated(task.getId(), owner));
        return details(task.getId());
    }

    /**
     * The task with every field, also when it is in the trash.
     *
     * @throws TaskNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TaskDetails get(UUID id) {
        return details(access.task(id, Permission.READ).getId());
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
            throw new TaskConflictException(details(task.getId()));
        }
        var rule = validate(change.title(), change.notes(), change.priority(), change.estimateMinutes(), change.actualMinutes(),
                change.recurrenceRule());
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
        task.setTags(resolveTags(task.getOwnerId(), change.tags()));
        var mode = change.recurrenceMode() == null ? RecurrenceMode.FIXED : change.recurrenceMode();
        if (rule == null) {
            task.setRecurrence(null, null, null);
        } else if (!rule.equals(task.getRecurrenceRule()) || mode != task.getRecurrenceMode()) {
            startSeries(task, rule, mode);
        }
        tasks.flush();
        events.publishEvent(new TaskChanged(task.getId(), task.getOwnerId()));
        return details(task.getId());
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
            return new Completion(details(id), List.of(), Optional.empty());
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
        return new Completion(details(id), completedChildren, next);
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
        return details(id);
    }

    /**
     * Moves the task with its subtasks to a project, or to the Inbox ({@code projectId} null), at the end
     * of the list. A subtask moved to another project than its parent's leaves its parent.
     *
     * @throws TaskNotFoundException when the task is unknown or not the person's
     * @throws ProjectNotFoundException when the project is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TaskDetails moveToProject(UUID id, UUID projectId) {
        var task = access.task(id, Permission.WRITE);
        var target = projectId == null ? null : access.project(projectId, Permission.WRITE);
        var project = target == null ? null : target.getId();
        var newOwner = target == null ? access.currentUser() : target.getOwnerId();
        hints.alsoProject(id, task.getProjectId());
        if (task.getParentId() != null) {
            var parent = tasks.findById(task.getParentId()).orElseThrow();
            if (!java.util.Objects.equals(parent.getProjectId(), project)) {
                task.setParentId(null);
            }
        }
        task.setPosition(tasks.nextPosition());
        store.setProjectOfSubtree(id, project);
        members.handOver(id, newOwner, project);
        events.publishEvent(new TaskChanged(id, newOwner));
        return details(id);
    }

    /**
     * Makes the task a subtask of another (at the end of its subtasks, in its project), or a top-level
     * task again ({@code parentId} null).
     *
     * @throws TaskValidationException when the new parent is the task itself or one of its subtasks
     * @throws TaskNotFoundException when either task is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TaskDetails moveUnder(UUID id, UUID parentId) {
        var task = access.task(id, Permission.WRITE);
        var owner = task.getOwnerId();
        if (parentId == null) {
            task.setParentId(null);
            task.setPosition(tasks.nextPosition());
            tasks.flush();
        } else {
            var parent = access.task(parentId, Permission.WRITE);
            if (store.inSubtree(id, parentId)) {
                throw new TaskValidationException("parentId", "A task cannot become a subtask of itself or of its own subtasks.");
            }
            task.setParentId(parentId);
            task.setPosition(tasks.nextPosition());
            hints.alsoProject(id, task.getProjectId());
            var parentProject = parent.getProjectId();
            var parentOwner = parent.getOwnerId();
            store.setProjectOfSubtree(id, parentProject);
            members.handOver(id, parentOwner, parentProject);
        }
        events.publishEvent(new TaskChanged(id, owner));
        return details(id);
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

    /**
     * Records that {@code taskId} waits for {@code blockerId}. Both may be in different projects.
     *
     * @throws DependencyCycleException when the tasks would wait for each other in a circle; the message names it
     * @throws TaskNotFoundException when either task is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TaskDetails addDependency(UUID taskId, UUID blockerId) {
        var task = access.task(taskId, Permission.WRITE);
        var blocker = access.task(blockerId, Permission.READ);
        // one graph change per owner at a time, so two concurrent additions cannot close a circle together
        store.lockDependencies(task.getOwnerId());
        var cycle = DependencyCycles.cycle(store.blockedByGraphFrom(blocker.getId()), task.getId(), blocker.getId());
        if (cycle.isPresent()) {
            var titles = store.titles(cycle.get());
            throw new DependencyCycleException(cycle.get().stream().map(titles::get).toList());
        }
        if (store.addDependency(task.getId(), blocker.getId())) {
            events.publishEvent(new TaskChanged(taskId, task.getOwnerId()));
        }
        return details(taskId);
    }

    /**
     * Removes "{@code taskId} waits for {@code blockerId}", if it was recorded.
     *
     * @throws TaskNotFoundException when either task is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TaskDetails removeDependency(UUID taskId, UUID blockerId) {
        var task = access.task(taskId, Permission.WRITE);
        access.task(blockerId, Permission.READ);
        if (store.removeDependency(taskId, blockerId)) {
            events.publishEvent(new TaskChanged(taskId, task.getOwnerId()));
        }
        return details(taskId);
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
        return details(id);
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

    // ------------------------------------------------------------------ lists

    /** Open top-level tasks without a project, in manual order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<TaskView> inbox(Pageable page) {
        var owner = access.listOwner();
        return queries.inbox(owner, days.today(owner), page);
    }

    /**
     * Open tasks planned for today or an earlier day, in the person's zone (UTC while unknown): today's
     * first by time and priority, then those that rolled over ({@link TaskView#rolledOver()}: show them
     * calmly, never as "overdue").
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<TaskView> today(Pageable page) {
        var owner = access.listOwner();
        return queries.today(owner, days.today(owner), page);
    }

    /** The next {@value #UPCOMING_DAYS} days from tomorrow, each with its open tasks (days without tasks included). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UpcomingDay> upcoming() {
        var owner = access.listOwner();
        var today = days.today(owner);
        var byDay = new LinkedHashMap<LocalDate, List<TaskView>>();
        for (int d = 1; d <= UPCOMING_DAYS; d++) {
            byDay.put(today.plusDays(d), new ArrayList<>());
        }
        queries.planned(owner, today, today.plusDays(1), today.plusDays(UPCOMING_DAYS)).forEach(t -> byDay.get(t.doDate()).add(t));
        return byDay.entrySet().stream().map(e -> new UpcomingDay(e.getKey(), e.getValue())).toList();
    }

    /**
     * The task's direct subtasks (open and done, not trashed), in manual order, for the details panel.
     *
     * @throws TaskNotFoundException when the task is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskView> subtasks(UUID id) {
        var task = access.task(id, Permission.READ);
        return queries.children(task.getId(), days.today(task.getOwnerId()));
    }

    /**
     * The project's tasks as a tree of subtasks in manual order; a subtask whose parent is not listed
     * (done, with {@code includeDone} false) appears at the top level.
     *
     * @throws ProjectNotFoundException when the project is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskNode> projectTree(UUID projectId, boolean includeDone) {
        var project = access.project(projectId, Permission.READ);
        var rows = queries.projectTasks(project.getId(), days.today(project.getOwnerId()), includeDone);
        var ids = new HashSet<UUID>();
        rows.forEach(r -> ids.add(r.id()));
        var children = new LinkedHashMap<UUID, List<TaskView>>();
        var roots = new ArrayList<TaskView>();
        for (var row : rows) {
            if (row.parentId() != null && ids.contains(row.parentId())) {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            } else {
                roots.add(row);
            }
        }
        roots.sort(Comparator.comparingLong(TaskView::position));
        return roots.stream().map(r -> node(r, children)).toList();
    }

    private static TaskNode node(TaskView task, Map<UUID, List<TaskView>> children) {
        return new TaskNode(task, children.getOrDefault(task.id(), List.of()).stream().map(c -> node(c, children)).toList());
    }

    /**
     * Open tasks with the tag.
     *
     * @throws TagNotFoundException when the tag is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<TaskView> tagged(UUID tagId, Pageable page) {
        var tag = access.tag(tagId, Permission.READ);
        var owner = access.listOwner();
        return queries.tagged(owner, tag.getId(), days.today(owner), page);
    }

    /**
     * Tasks matching every filter of the search, not trashed, most important first.
     *
     * @throws ProjectNotFoundException when it filters by someone else's project
     * @throws TagNotFoundException when it filters by someone else's tag
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<TaskView> search(TaskSearch search, Pageable page) {
        if (search.projectId() != null) {
            access.project(search.projectId(), Permission.READ);
        }
        if (search.tagId() != null) {
            access.tag(search.tagId(), Permission.READ);
        }
        var owner = access.listOwner();
        return queries.search(owner, search, days.today(owner), page);
    }

    /** Trashed tasks, most recently deleted first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<TaskView> trash(Pageable page) {
        var owner = access.listOwner();
        return queries.trash(owner, days.today(owner), page);
    }

    /**
     * Open tasks that can be started now: TODO or IN_PROGRESS, and every task they wait for is done.
     * For the planner; most important first.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<TaskView> ready(Pageable page) {
        var owner = access.listOwner();
        return queries.ready(owner, days.today(owner), page);
    }

    // ------------------------------------------------------------------ helpers

    private TaskDetails details(UUID id) {
        tasks.flush();
        var task = tasks.findById(id).orElseThrow(TaskNotFoundException::new);
        var progress = queries.progress(id);
        return new TaskDetails(task.getId(), task.getTitle(), task.getNotes(), task.getStatus(), task.getEnergy(), task.getFocus(),
                task.getEstimateMinutes(), task.getActualMinutes(), task.getPriority(), task.getDoDate(), task.getDoTime(),
                task.getSoftDeadline(), task.getHardDeadline(), task.getSource(), task.getProjectId(), task.getParentId(),
                queries.tags(id), task.getPosition(), task.getCreatedAt(), task.getCompletedAt(), task.getDeletedAt(),
                task.getRecurrenceRule(), task.getRecurrenceMode(), task.getSeriesId(), task.getOccurrenceDate(),
                progress[0], progress[1], queries.blockers(id), queries.blocking(id), task.getVersion());
    }

    /** Starts (or restarts from this instance) the task's series; a task without a do date gets the rule's first date from today. */
    private void startSeries(TaskEntity task, String rule, RecurrenceMode mode) {
        var today = days.today(task.getOwnerId());
        var start = task.getOccurrenceDate() != null ? task.getOccurrenceDate() : task.getDoDate();
        if (start == null) {
            start = Recurrences.firstOnOrAfter(rule, today, today).orElse(today);
            task.setDoDate(start, task.getDoTime());
        }
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
}
