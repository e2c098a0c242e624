package app.helmsman.tasks.internal;

import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskSearch;
import app.helmsman.tasks.TaskView;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side of the task lists, in SQL. Each list's WHERE clause matches one partial index of
 * {@code 0002-tasks.yaml}; per row only the page's tasks are looked at for tags, progress and blockers.
 * Callers pass the owner whose tasks may be listed (decided by the access policy, never by a view).
 */
@Component
public class TaskQueries {

    static final String COLUMNS = """
            select t.id, t.title, t.status, t.energy, t.focus, t.priority, t.do_date, t.do_time, t.soft_deadline,
                   t.hard_deadline, t.estimate_minutes, t.project_id, t.parent_id, t.position,
                   t.recurrence_rule is not null as recurring, t.completed_at, t.deleted_at, t.version, t.assignee_id,
                   array(select g.name from task_tags tt join tags g on g.id = tt.tag_id
                         where tt.task_id = t.id order by lower(g.name)) as tags,
                   (select count(*) from tasks c where c.parent_id = t.id and c.deleted_at is null) as children_total,
                   (select count(*) from tasks c where c.parent_id = t.id and c.deleted_at is null
                         and c.status = 'DONE') as children_done,
                   coalesce((select bool_or(b.status <> 'DONE' and b.deleted_at is null)
                             from task_dependencies d join tasks b on b.id = d.blocker_id where d.task_id = t.id), false) as waiting
            from tasks t
            """;

    /** Blocked by an open, not trashed task. */
    static final String HAS_OPEN_BLOCKER = """
            exists (select 1 from task_dependencies d join tasks b on b.id = d.blocker_id
                    where d.task_id = t.id and b.status <> 'DONE' and b.deleted_at is null)""";

    public static final String TODAY_SQL = COLUMNS + """
            where t.owner_id = :owner and t.deleted_at is null and t.status <> 'DONE' and t.do_date <= :today
            order by t.do_date desc, t.do_time nulls last, t.priority, t.position, t.id
            limit :limit offset :offset""";

    public static final String INBOX_SQL = COLUMNS + """
            where t.owner_id = :owner and t.project_id is null and t.parent_id is null and t.deleted_at is null
              and t.status <> 'DONE'
            order by t.position, t.id
            limit :limit offset :offset""";

    public static final String READY_SQL = COLUMNS + """
            where t.owner_id = :owner and t.deleted_at is null and t.status in ('TODO', 'IN_PROGRESS')
              and not\s""" + HAS_OPEN_BLOCKER + """

            order by t.priority, t.do_date, t.position, t.id
            limit :limit offset :offset""";

    private final NamedParameterJdbcTemplate jdbc;

    TaskQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Open tasks planned for today or an earlier day: today's first (by time, then priority), then what
     * rolled over, most recent day first. The order is the index's ({@code tasks_open_do_date_idx}), so a
     * page reads only its own rows however much has rolled over.
     */
    public Slice<TaskView> today(UUID owner, LocalDate today, Pageable page) {
        return slice(TODAY_SQL, params(owner, today).addValue("today", today), page, today);
    }

    /** Open top-level tasks without a project, in manual order. */
    public Slice<TaskView> inbox(UUID owner, LocalDate today, Pageable page) {
        return slice(INBOX_SQL, params(owner, today), page, today);
    }

    /** Open tasks planned from {@code from} to {@code to}, inclusive, by day and time. */
    public List<TaskView> planned(UUID owner, LocalDate today, LocalDate from, LocalDate to) {
        return jdbc.query(COLUMNS + """
                where t.owner_id = :owner and t.deleted_at is null and t.status <> 'DONE' and t.do_date between :from and :to
                order by t.do_date, t.do_time nulls last, t.priority, t.position, t.id""",
                params(owner, today).addValue("from", from).addValue("to", to), mapper(today));
    }

    /**
     * Open tasks whose hard deadline is on or before {@code hardUntil} or whose soft deadline is on or before
     * {@code softUntil} and that are not planned for today or earlier (those are in Today already): soonest
     * deadline first. Served by the deadline indexes of {@code 0025-tasks-deadlines.yaml}.
     */
    public List<TaskView> dueSoon(UUID owner, LocalDate today, LocalDate hardUntil, LocalDate softUntil, int limit) {
        return jdbc.query(COLUMNS + """
                where t.owner_id = :owner and t.deleted_at is null and t.status <> 'DONE'
                  and (t.hard_deadline <= :hardUntil or t.soft_deadline <= :softUntil)
                  and (t.do_date is null or t.do_date > :today)
                order by least(t.hard_deadline, t.soft_deadline), t.priority, t.position, t.id
                limit :limit""", params(owner, today).addValue("today", today).addValue("hardUntil", hardUntil)
                .addValue("softUntil", softUntil).addValue("limit", limit), mapper(today));
    }

    /** Open tasks with a soft or hard deadline from {@code from} to {@code to}, inclusive, soonest first. */
    public List<TaskView> deadlines(UUID owner, LocalDate today, LocalDate from, LocalDate to) {
        return jdbc.query(COLUMNS + """
                where t.owner_id = :owner and t.deleted_at is null and t.status <> 'DONE'
                  and (t.hard_deadline between :from and :to or t.soft_deadline between :from and :to)
                order by least(t.hard_deadline, t.soft_deadline), t.priority, t.position, t.id""",
                params(owner, today).addValue("from", from).addValue("to", to), mapper(today));
    }

    /** The owner's tasks completed from {@code from} (inclusive) to {@code to} (exclusive), not trashed, in the order they were done. */
    public List<TaskView> completed(UUID owner, LocalDate today, Instant from, Instant to, int limit) {
        return jdbc.query(COLUMNS + """
                where t.owner_id = :owner and t.completed_at >= :from and t.completed_at < :to and t.deleted_at is null
                order by t.completed_at, t.id
                limit :limit""", params(owner, today).addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to))
                .addValue("limit", limit), mapper(today));
    }

    /** Tasks of a project that are not trashed, parents before children, siblings in manual order. */
    public List<TaskView> projectTasks(UUID project, LocalDate today, boolean includeDone) {
        return jdbc.query(COLUMNS + """
                where t.project_id = :project and t.deleted_at is null""" + (includeDone ? "" : " and t.status <> 'DONE'") + """

                order by t.parent_id nulls first, t.position, t.id""",
                new MapSqlParameterSource("project", project), mapper(today));
    }

    /**
     * A project's open tasks that are not under another open task of the project (their subtasks show as
     * progress on the row), in manual order, a page at a time.
     */
    public Slice<TaskView> projectOpen(UUID project, LocalDate today, Pageable page) {
        return slice(COLUMNS + """
                where t.project_id = :project and t.deleted_at is null and t.status <> 'DONE'
                  and (t.parent_id is null or not exists (select 1 from tasks p where p.id = t.parent_id
                       and p.project_id = t.project_id and p.deleted_at is null and p.status <> 'DONE'))
                order by t.position, t.id
                limit :limit offset :offset""", new MapSqlParameterSource("project", project), page, today);
    }

    /** Direct subtasks of a task that are not trashed, open and done, in manual order. */
    public List<TaskView> children(UUID parent, LocalDate today) {
        return jdbc.query(COLUMNS + """
                where t.parent_id = :parent and t.deleted_at is null
                order by t.position, t.id""", new MapSqlParameterSource("parent", parent), mapper(today));
    }

    /** Open tasks with the tag, in manual order. */
    public Slice<TaskView> tagged(UUID owner, UUID tag, LocalDate today, Pageable page) {
        return slice(COLUMNS + """
                join task_tags tg on tg.task_id = t.id and tg.tag_id = :tag
                where t.owner_id = :owner and t.deleted_at is null and t.status <> 'DONE'
                order by t.position, t.id
                limit :limit offset :offset""", params(owner, today).addValue("tag", tag), page, today);
    }

    /** Trashed tasks, most recently deleted first; subtasks trashed with their parent are not listed on their own. */
    public Slice<TaskView> trash(UUID owner, LocalDate today, Pageable page) {
        return slice(COLUMNS + """
                where t.owner_id = :owner and t.deleted_at is not null
                  and not exists (select 1 from tasks p where p.id = t.parent_id and p.deleted_at is not null)
                order by t.deleted_at desc, t.id
                limit :limit offset :offset""", params(owner, today), page, today);
    }

    /**
     * Open tasks that can be started now: not BLOCKED by hand and every task they are blocked by is done
     * (or trashed). Most important first, in the order of {@code tasks_ready_idx}: a page walks the index and
     * looks up each candidate's blockers by primary key, stopping when the page is full.
     */
    public Slice<TaskView> ready(UUID owner, LocalDate today, Pageable page) {
        return slice(READY_SQL, params(owner, today), page, today);
    }

    /**
     * Tasks matching every given filter, most important first: the owner's own and those in projects shared
     * with them ({@code project_members}).
     */
    public Slice<TaskView> search(UUID owner, TaskSearch search, LocalDate today, Pageable page) {
        var where = new StringBuilder("where (t.owner_id = :owner or t.project_id in (select m.project_id from project_members m"
                + " where m.user_id = :owner)) and t.deleted_at is null");
        var params = params(owner, today);
        if (search.assignedToMe()) {
            where.append(" and t.assignee_id = :owner");
        }
        if (search.text() != null && !search.text().isBlank()) {
            // lower(title) like '%...%' is what the trigram index (0003) serves
            var words = search.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
            for (int k = 0; k < words.length; k++) {
                where.append(" and lower(t.title) like :word").append(k).append(" escape '\\'");
                params.addValue("word" + k, "%" + words[k].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (search.statuses().isEmpty()) {
            where.append(" and t.status <> 'DONE'");
        } else {
            where.append(" and t.status in (:statuses)");
            params.addValue("statuses", search.statuses().stream().map(Enum::name).toList());
        }
        if (!search.energies().isEmpty()) {
            where.append(" and t.energy in (:energies)");
            params.addValue("energies", search.energies().stream().map(Enum::name).toList());
        }
        if (!search.focuses().isEmpty()) {
            where.append(" and t.focus in (:focuses)");
            params.addValue("focuses", search.focuses().stream().map(Enum::name).toList());
        }
        if (!search.priorities().isEmpty()) {
            where.append(" and t.priority in (:priorities)");
            params.addValue("priorities", search.priorities());
        }
        if (search.projectId() != null) {
            where.append(" and t.project_id = :project");
            params.addValue("project", search.projectId());
        }
        if (search.tagId() != null) {
            where.append(" and exists (select 1 from task_tags tg where tg.task_id = t.id and tg.tag_id = :tag)");
            params.addValue("tag", search.tagId());
        }
        if (search.dueFrom() != null || search.dueTo() != null) {
            var from = search.dueFrom() == null ? LocalDate.of(1, 1, 1) : search.dueFrom();
            var to = search.dueTo() == null ? LocalDate.of(9999, 12, 31) : search.dueTo();
            where.append(" and (t.do_date between :dueFrom and :dueTo or t.soft_deadline between :dueFrom and :dueTo"
                    + " or t.hard_deadline between :dueFrom and :dueTo)");
            params.addValue("dueFrom", from).addValue("dueTo", to);
        }
        return slice(COLUMNS + where + """

                order by t.priority, t.do_date nulls last, t.position, t.id
                limit :limit offset :offset""", params, page, today);
    }

    /** One task as a list row, if it exists (no ownership check: callers have made it). */
    public TaskView view(UUID id, LocalDate today) {
        return jdbc.query(COLUMNS + " where t.id = :id", new MapSqlParameterSource("id", id), mapper(today)).getFirst();
    }

    /** Tag names of a task. */
    public List<String> tags(UUID task) {
        return jdbc.queryForList("""
                select g.name from task_tags tt join tags g on g.id = tt.tag_id where tt.task_id = :task order by lower(g.name)""",
                Map.of("task", task), String.class);
    }

    /** Subtasks done and in total (not trashed). */
    public int[] progress(UUID task) {
        return jdbc.queryForObject("""
                select count(*) filter (where status = 'DONE') as done, count(*) as total
                from tasks where parent_id = :task and deleted_at is null""",
                Map.of("task", task), (rs, n) -> new int[] {rs.getInt("done"), rs.getInt("total")});
    }

    /** The tasks this one is blocked by, not trashed; the caller decides which titles the viewer may see. */
    public List<LinkedTask> blockers(UUID task) {
        return jdbc.query("""
                select b.id, b.title, b.status, b.owner_id, b.project_id from task_dependencies d join tasks b on b.id = d.blocker_id
                where d.task_id = :task and b.deleted_at is null order by lower(b.title), b.id""",
                Map.of("task", task), LINKED);
    }

    /** The tasks blocked by this one, not trashed; the caller decides which titles the viewer may see. */
    public List<LinkedTask> blocking(UUID task) {
        return jdbc.query("""
                select w.id, w.title, w.status, w.owner_id, w.project_id from task_dependencies d join tasks w on w.id = d.task_id
                where d.blocker_id = :task and w.deleted_at is null order by lower(w.title), w.id""",
                Map.of("task", task), LINKED);
    }

    /** The tasks with these ids that still exist, in no particular order; the caller decides which titles the viewer may see. */
    public List<LinkedTask> linked(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.query("select id, title, status, owner_id, project_id from tasks where id in (:ids)",
                Map.of("ids", ids), LINKED);
    }

    private static final RowMapper<LinkedTask> LINKED = (rs, n) -> new LinkedTask(rs.getObject("id", UUID.class), rs.getString("title"),
            Status.valueOf(rs.getString("status")), rs.getObject("owner_id", UUID.class), rs.getObject("project_id", UUID.class));

    /** Open tasks (not trashed) per project of the owner; projects without open tasks are absent. */
    public Map<UUID, Integer> openTasksByProject(UUID owner) {
        var open = new HashMap<UUID, Integer>();
        jdbc.query("""
                select project_id, count(*) as open from tasks
                where owner_id = :owner and deleted_at is null and status <> 'DONE' and project_id is not null group by project_id""",
                Map.of("owner", owner), row -> {
                    open.put(row.getObject("project_id", UUID.class), row.getInt("open"));
                });
        return open;
    }

    /** Open tasks (not trashed) per tag of the owner; tags without open tasks are absent. */
    public Map<UUID, Integer> openTasksByTag(UUID owner) {
        var open = new HashMap<UUID, Integer>();
        jdbc.query("""
                select tt.tag_id, count(*) as open from task_tags tt join tasks t on t.id = tt.task_id
                where t.owner_id = :owner and t.deleted_at is null and t.status <> 'DONE' group by tt.tag_id""",
                Map.of("owner", owner), row -> {
                    open.put(row.getObject("tag_id", UUID.class), row.getInt("open"));
                });
        return open;
    }

    private static MapSqlParameterSource params(UUID owner, LocalDate today) {
        // today is not a parameter of every list; the row mapper uses it for rolledOver
        return new MapSqlParameterSource("owner", owner);
    }

    private Slice<TaskView> slice(String sql, MapSqlParameterSource params, Pageable page, LocalDate today) {
        // one row more than the page tells whether there is a next page, without counting
        params.addValue("limit", page.getPageSize() + 1).addValue("offset", page.getOffset());
        var rows = new ArrayList<>(jdbc.query(sql, params, mapper(today)));
        boolean hasNext = rows.size() > page.getPageSize();
        if (hasNext) {
            rows.removeLast();
        }
        return new SliceImpl<>(rows, page, hasNext);
    }

    static RowMapper<TaskView> mapper(LocalDate today) {
        return (rs, n) -> {
            var status = Status.valueOf(rs.getString("status"));
            var doDate = rs.getObject("do_date", LocalDate.class);
            return new TaskView(rs.getObject("id", UUID.class), rs.getString("title"), status,
                    enumOrNull(Energy.class, rs.getString("energy")), enumOrNull(FocusType.class, rs.getString("focus")),
                    rs.getInt("priority"), doDate, rs.getObject("do_time", LocalTime.class),
                    rs.getObject("soft_deadline", LocalDate.class), rs.getObject("hard_deadline", LocalDate.class),
                    (Integer) rs.getObject("estimate_minutes"), rs.getObject("project_id", UUID.class),
                    rs.getObject("parent_id", UUID.class), strings(rs.getArray("tags")), rs.getLong("position"),
                    rs.getBoolean("recurring"), status != Status.DONE && doDate != null && doDate.isBefore(today),
                    rs.getBoolean("waiting"), rs.getInt("children_done"), rs.getInt("children_total"),
                    instant(rs, "completed_at"), instant(rs, "deleted_at"), rs.getLong("version"), rs.getObject("assignee_id", UUID.class));
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** For tests and the benchmark: the parameters a list query runs with. */
    public static Map<String, Object> exampleParameters(UUID owner, LocalDate today, int limit) {
        var map = new HashMap<String, Object>();
        map.put("owner", owner);
        map.put("today", today);
        map.put("limit", limit);
        map.put("offset", 0);
        return map;
    }
}
