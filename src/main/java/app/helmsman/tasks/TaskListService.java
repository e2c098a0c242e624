package app.helmsman.tasks;

import app.helmsman.tasks.TaskAccess.Permission;
import app.helmsman.tasks.internal.TaskQueries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists people live in: Inbox, Today, Upcoming, a project's tree, a tag, search, and what is ready to
 * start; the trash list is {@link TaskTrashService#trash(Pageable)}. Only ever the signed-in person's tasks, or
 * those of projects they belong to: a project or tag that is not theirs is answered through {@link TaskAccess}
 * exactly as an unknown one. Days ("today", "rolled over") are days in the person's time zone, or UTC while it
 * is not known yet.
 */
@Service
public class TaskListService {

    /** Days the Upcoming view shows, starting tomorrow. */
    public static final int UPCOMING_DAYS = 14;
    /** A hard deadline this many days from today, or fewer, is "due soon". */
    public static final int DUE_SOON_HARD_DAYS = 3;
    /** A soft deadline this many days from today (tomorrow), or fewer, is "due soon". */
    public static final int DUE_SOON_SOFT_DAYS = 1;
    /** Most tasks {@link #dueSoon()} lists. */
    public static final int DUE_SOON_MAX = 50;
    /** Most tasks {@link #doneToday()} lists. */
    public static final int DONE_TODAY_MAX = 200;

    private final TaskAccess access;
    private final TaskQueries queries;
    private final TaskDays days;

    TaskListService(TaskAccess access, TaskQueries queries, TaskDays days) {
        this.access = access;
        this.queries = queries;
        this.days = days;
    }

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

    /**
     * The next {@value #UPCOMING_DAYS} days from tomorrow, each with its open tasks and the open tasks whose soft or
     * hard deadline falls on it (days without either included).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UpcomingDay> upcoming() {
        var owner = access.listOwner();
        var today = days.today(owner);
        var from = today.plusDays(1);
        var to = today.plusDays(UPCOMING_DAYS);
        var byDay = new LinkedHashMap<LocalDate, List<TaskView>>();
        var deadlinesByDay = new LinkedHashMap<LocalDate, List<TaskView>>();
        for (int d = 1; d <= UPCOMING_DAYS; d++) {
            byDay.put(today.plusDays(d), new ArrayList<>());
            deadlinesByDay.put(today.plusDays(d), new ArrayList<>());
        }
        queries.planned(owner, today, from, to).forEach(t -> byDay.get(t.doDate()).add(t));
        for (var task : queries.deadlines(owner, today, from, to)) {
            // both deadlines on one day: the task is listed there once
            var soft = task.softDeadline();
            var hard = task.hardDeadline();
            if (hard != null && !hard.isBefore(from) && !hard.isAfter(to)) {
                deadlinesByDay.get(hard).add(task);
            }
            if (soft != null && !soft.equals(hard) && !soft.isBefore(from) && !soft.isAfter(to)) {
                deadlinesByDay.get(soft).add(task);
            }
        }
        return byDay.entrySet().stream().map(e -> new UpcomingDay(e.getKey(), e.getValue(), deadlinesByDay.get(e.getKey()))).toList();
    }

    /**
     * Open tasks whose deadline is near and that are not planned for today or an earlier day (they are in
     * {@link #today} already), soonest deadline first, at most {@value #DUE_SOON_MAX}: a hard deadline within
     * {@value #DUE_SOON_HARD_DAYS} days from today, or a soft one today or tomorrow; deadlines that passed count too
     * (show them calmly, never as "overdue"). Only the person's own tasks, like Today.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskView> dueSoon() {
        var owner = access.listOwner();
        var today = days.today(owner);
        return queries.dueSoon(owner, today, today.plusDays(DUE_SOON_HARD_DAYS), today.plusDays(DUE_SOON_SOFT_DAYS), DUE_SOON_MAX);
    }

    /**
     * The person's own tasks completed today, from midnight to midnight in their time zone, in the order they were
     * done (at most {@value #DONE_TODAY_MAX}), for the end-of-day review. Trashed ones are left out.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskView> doneToday() {
        var owner = access.listOwner();
        var zone = days.zone(owner);
        var today = days.today(zone);
        return queries.completed(owner, today, today.atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant(),
                DONE_TODAY_MAX);
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

    /**
     * A project's open tasks in manual order, a page at a time; a subtask shows here only when its parent is
     * not an open task of the project (the parent's row shows the subtasks' progress).
     *
     * @throws ProjectNotFoundException when the project is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<TaskView> project(UUID projectId, Pageable page) {
        var project = access.project(projectId, Permission.READ);
        return queries.projectOpen(project.getId(), days.today(project.getOwnerId()), page);
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
     * @throws TaskValidationException (field "text") when the text is longer than {@link InputBounds#SEARCH_TEXT_MAX_LENGTH} or holds NUL
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<TaskView> search(TaskSearch search, Pageable page) {
        if (search.text() != null && search.text().length() > InputBounds.SEARCH_TEXT_MAX_LENGTH) {
            throw new TaskValidationException("text", "Search for at most " + InputBounds.SEARCH_TEXT_MAX_LENGTH + " characters.");
        }
        if (InputBounds.hasNul(search.text())) {
            throw new TaskValidationException("text", InputBounds.NUL_MESSAGE);
        }
        if (search.projectId() != null) {
            access.project(search.projectId(), Permission.READ);
        }
        if (search.tagId() != null) {
            access.tag(search.tagId(), Permission.READ);
        }
        var owner = access.listOwner();
        return queries.search(owner, search, days.today(owner), page);
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
}
