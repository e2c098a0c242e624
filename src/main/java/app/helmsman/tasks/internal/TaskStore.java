package app.helmsman.tasks.internal;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes that touch many rows at once (a subtree, a series, the whole trash) in SQL. Each method first
 * flushes pending entity changes and afterwards clears the persistence context, so no stale entity
 * (with an old version) is written back after a bulk update. Callers check ownership before.
 */
@Component
public class TaskStore {

    private static final String SUBTREE = """
            with recursive subtree(id) as (
                select cast(:root as uuid)
                union all
                select c.id from tasks c join subtree s on c.parent_id = s.id where %s
            )""";

    /** Lock space of the dependency graphs' advisory locks ('dep' in ASCII); the jobs' units use their own spaces. */
    private static final int DEPENDENCY_LOCK_SPACE = 0x646570;

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entities;
    private final int maxTasksPerOwner;

    TaskStore(NamedParameterJdbcTemplate jdbc, EntityManager entities, app.helmsman.tasks.TasksSettings settings) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.maxTasksPerOwner = settings.maxTasksPerAccount();
    }

    private void flush() {
        entities.flush();
    }

    private void clear() {
        entities.clear();
    }

    /** Ids of the open, not trashed subtasks of a task, at any depth. */
    public List<UUID> openDescendants(UUID root) {
        flush();
        return jdbc.queryForList(SUBTREE.formatted("c.deleted_at is null") + """
                select t.id from subtree s join tasks t on t.id = s.id
                where t.id <> :root and t.status <> 'DONE'""", Map.of("root", root), UUID.class);
    }

    /** Ids of the not trashed subtasks of a task at any depth, open or done. */
    public List<UUID> descendants(UUID root) {
        flush();
        return jdbc.queryForList(SUBTREE.formatted("c.deleted_at is null") + """
                select id from subtree where id <> :root""", Map.of("root", root), UUID.class);
    }

    /** Whether {@code candidate} is the task itself or one of its subtasks at any depth (trashed ones too). */
    public boolean inSubtree(UUID root, UUID candidate) {
        flush();
        return Boolean.TRUE.equals(jdbc.queryForObject(SUBTREE.formatted("true") + """
                select exists (select 1 from subtree where id = :candidate)""", Map.of("root", root, "candidate", candidate), Boolean.class));
    }

    /** Completes the given tasks at the instant. */
    public void complete(List<UUID> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        flush();
        jdbc.update("""
                update tasks set status = 'DONE', completed_at = :at, version = version + 1
                where id in (:ids) and status <> 'DONE'""", new MapSqlParameterSource("ids", ids).addValue("at", Timestamp.from(at)));
        clear();
    }

    /** Moves a task and its subtasks that are not trashed to the trash; returns their ids. */
    public List<UUID> trash(UUID root, Instant at) {
        flush();
        var ids = jdbc.queryForList(SUBTREE.formatted("c.deleted_at is null") + """
                update tasks set deleted_at = :at, version = version + 1
                where id in (select id from subtree) and deleted_at is null
                returning id""", new MapSqlParameterSource("root", root).addValue("at", Timestamp.from(at)), UUID.class);
        clear();
        return ids;
    }

    /**
     * Restores a trashed task with the subtasks trashed together with it, and its trashed ancestors (a
     * restored subtask needs its parent back to be seen); returns the restored ids.
     */
    public List<UUID> restore(UUID root, Instant deletedAt) {
        flush();
        var params = new MapSqlParameterSource("root", root).addValue("at", Timestamp.from(deletedAt));
        var ids = new java.util.ArrayList<>(jdbc.queryForList(SUBTREE.formatted("c.deleted_at = :at") + """
                update tasks set deleted_at = null, version = version + 1
                where id in (select id from subtree) and deleted_at = :at
                returning id""", params, UUID.class));
        ids.addAll(jdbc.queryForList("""
                with recursive ancestors(id, parent_id) as (
                    select id, parent_id from tasks where id = :root
                    union all
                    select p.id, p.parent_id from tasks p join ancestors a on p.id = a.parent_id
                )
                update tasks set deleted_at = null, version = version + 1
                where id in (select id from ancestors where id <> :root) and deleted_at is not null
                returning id""", params, UUID.class));
        clear();
        return ids;
    }

    /** Sets the project of a task and all its subtasks. */
    public void setProjectOfSubtree(UUID root, UUID project) {
        flush();
        jdbc.update(SUBTREE.formatted("true") + """
                update tasks set project_id = :project, version = version + 1 where id in (select id from subtree)""",
                new MapSqlParameterSource("root", root).addValue("project", project));
        clear();
    }

    /** Deletes a task for good, with its subtasks and dependencies (cascading foreign keys). */
    public void purge(UUID id) {
        flush();
        jdbc.update("delete from tasks where id = :id", Map.of("id", id));
        clear();
    }

    /** The people with tasks trashed before the cut-off: the units of work of the trash purge. */
    public List<UUID> ownersWithTrashBefore(Instant cutoff) {
        return jdbc.queryForList("select distinct owner_id from tasks where deleted_at < :cutoff", Map.of("cutoff", Timestamp.from(cutoff)), UUID.class);
    }

    /** Deletes every task of the person trashed before the cut-off, with its subtasks; returns how many rows went. */
    public int purgeTrashedBefore(UUID owner, Instant cutoff) {
        return jdbc.update("delete from tasks where owner_id = :owner and deleted_at < :cutoff",
                Map.of("owner", owner, "cutoff", Timestamp.from(cutoff)));
    }

    // ---- dependencies

    /** Waits for, then holds until the transaction ends, the lock on one owner's dependency graph. */
    public void lockDependencies(UUID owner) {
        jdbc.queryForObject("select pg_advisory_xact_lock(:space, :key)::text",
                Map.of("space", DEPENDENCY_LOCK_SPACE, "key", owner.hashCode()), String.class);
    }

    public boolean addDependency(UUID task, UUID blocker) {
        return jdbc.update("""
                insert into task_dependencies (task_id, blocker_id) values (:task, :blocker) on conflict do nothing""",
                Map.of("task", task, "blocker", blocker)) == 1;
    }

    /** How many tasks the task waits for. */
    public int dependencyCount(UUID task) {
        return jdbc.queryForObject("select count(*) from task_dependencies where task_id = :task", Map.of("task", task), Integer.class);
    }

    public boolean removeDependency(UUID task, UUID blocker) {
        return jdbc.update("delete from task_dependencies where task_id = :task and blocker_id = :blocker",
                Map.of("task", task, "blocker", blocker)) == 1;
    }

    /** The "blocked by" edges reachable from a task (everything it waits for, transitively). */
    public Map<UUID, Set<UUID>> blockedByGraphFrom(UUID start) {
        var graph = new HashMap<UUID, Set<UUID>>();
        jdbc.query("""
                with recursive reach(task_id, blocker_id) as (
                    select task_id, blocker_id from task_dependencies where task_id = :start
                    union
                    select d.task_id, d.blocker_id from task_dependencies d join reach r on d.task_id = r.blocker_id
                )
                select task_id, blocker_id from reach""", Map.of("start", start),
                row -> {
                    graph.computeIfAbsent(row.getObject("task_id", UUID.class), k -> new HashSet<>()).add(row.getObject("blocker_id", UUID.class));
                });
        return graph;
    }

    // ---- manual order

    /**
     * The neighbour of a task in its list (same owner, project and parent, not trashed, done or not like
     * the task) in the direction: the one just before it (up) or just after it (down).
     */
    public Optional<Neighbour> neighbour(TaskEntity task, boolean up) {
        flush();
        var sql = new StringBuilder("select id, position from tasks where owner_id = :owner and deleted_at is null and id <> :id");
        var params = new MapSqlParameterSource("owner", task.getOwnerId()).addValue("id", task.getId()).addValue("position", task.getPosition());
        sql.append(task.getProjectId() == null ? " and project_id is null" : " and project_id = :project");
        sql.append(task.getParentId() == null ? " and parent_id is null" : " and parent_id = :parent");
        sql.append(task.getStatus() == app.helmsman.tasks.Status.DONE ? " and status = 'DONE'" : " and status <> 'DONE'");
        sql.append(up ? " and position < :position order by position desc" : " and position > :position order by position");
        sql.append(" limit 1");
        params.addValue("project", task.getProjectId()).addValue("parent", task.getParentId());
        return jdbc.query(sql.toString(), params, (rs, n) -> new Neighbour(rs.getObject("id", UUID.class), rs.getLong("position"))).stream().findFirst();
    }

    public record Neighbour(UUID id, long position) {
    }

    // ---- recurrence

    /** The latest instance (by occurrence date, trashed ones included) of every series. */
    public List<SeriesHead> seriesHeads() {
        return jdbc.query("""
                select distinct on (series_id) id, owner_id, series_id, occurrence_date, do_date, recurrence_rule,
                       recurrence_mode, recurrence_start, deleted_at
                from tasks where series_id is not null
                order by series_id, occurrence_date desc""", Map.of(),
                (rs, n) -> new SeriesHead(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
                        rs.getObject("series_id", UUID.class), rs.getObject("occurrence_date", LocalDate.class),
                        rs.getObject("do_date", LocalDate.class), rs.getString("recurrence_rule"), rs.getString("recurrence_mode"),
                        rs.getObject("recurrence_start", LocalDate.class), rs.getTimestamp("deleted_at") != null));
    }

    public record SeriesHead(UUID taskId, UUID ownerId, UUID seriesId, LocalDate occurrenceDate, LocalDate doDate, String rule,
                             String mode, LocalDate start, boolean trashed) {
    }

    /** The latest occurrence date of a series, trashed instances included. */
    public LocalDate latestOccurrence(UUID series) {
        flush();
        return jdbc.queryForObject("select max(occurrence_date) from tasks where series_id = :series", Map.of("series", series), LocalDate.class);
    }

    /**
     * Creates the instance of the template's series for the occurrence date, unless the series already has
     * one for that date (also when it was trashed): an insert-if-absent on the unique (series, occurrence
     * date) index, safe when two transactions try at once. Copies the template's fields and tags; its
     * deadlines move by as many days as the do date. Nothing is created for an owner at the cap on tasks per account
     * ({@code helmsman.tasks.max-tasks-per-account}).
     *
     * @param recurrenceStart the start of the rule for the new instance (AFTER_COMPLETION restarts it)
     * @return the new instance's id, or empty when it existed or the owner has no room
     */
    public Optional<UUID> insertInstance(UUID template, LocalDate occurrence, LocalDate recurrenceStart, Instant now) {
        flush();
        var id = UUID.randomUUID();
        var inserted = jdbc.queryForList("""
                insert into tasks (id, owner_id, title, notes, status, energy, focus, estimate_minutes, priority, do_date, do_time,
                                   soft_deadline, hard_deadline, source, project_id, parent_id, position, created_at,
                                   recurrence_rule, recurrence_mode, recurrence_start, series_id, occurrence_date, version, remind_at)
                select :id, owner_id, title, notes, 'TODO', energy, focus, estimate_minutes, priority, cast(:occurrence as date), do_time,
                       soft_deadline + (cast(:occurrence as date) - coalesce(do_date, occurrence_date)),
                       hard_deadline + (cast(:occurrence as date) - coalesce(do_date, occurrence_date)),
                       source, project_id, parent_id, nextval('task_position_seq'), :now,
                       recurrence_rule, recurrence_mode, cast(:start as date), series_id, cast(:occurrence as date), 0,
                       remind_at + make_interval(days => cast(:occurrence as date) - coalesce(do_date, occurrence_date, cast(:occurrence as date)))
                from tasks where id = :template and recurrence_rule is not null
                  and (select count(*) from tasks o where o.owner_id = tasks.owner_id) < :max
                on conflict (series_id, occurrence_date) where series_id is not null do nothing
                returning id""", new MapSqlParameterSource("id", id).addValue("occurrence", occurrence).addValue("start", recurrenceStart)
                .addValue("now", Timestamp.from(now)).addValue("template", template).addValue("max", maxTasksPerOwner), UUID.class);
        if (inserted.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("insert into task_tags (task_id, tag_id) select :id, tag_id from task_tags where task_id = :template",
                Map.of("id", id, "template", template));
        return Optional.of(id);
    }

    /** Zone lookups happen in accounts; this only lists the owners a job needs zones for. */
    public static Set<UUID> owners(List<SeriesHead> heads) {
        var owners = new HashSet<UUID>();
        heads.forEach(h -> owners.add(h.ownerId()));
        return owners;
    }

    /**
     * Records that {@code minutes} were spent on the task under the entry id, unless that entry exists already.
     *
     * @return whether this call recorded it (false: the entry was recorded before)
     */
    public boolean recordTimeEntry(UUID entryId, UUID taskId, int minutes, Instant now) {
        return jdbc.update("""
                insert into task_time_entries (id, task_id, minutes, recorded_at) values (:id, :task, :minutes, :now)
                on conflict (id) do nothing""", new MapSqlParameterSource("id", entryId).addValue("task", taskId)
                .addValue("minutes", minutes).addValue("now", Timestamp.from(now))) > 0;
    }
}
