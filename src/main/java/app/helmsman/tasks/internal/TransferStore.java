package app.helmsman.tasks.internal;

import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import app.helmsman.tasks.RecurrenceMode;
import app.helmsman.tasks.Source;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.transfer.Backup;
import app.helmsman.tasks.transfer.ImportPlan;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Reads one owner's whole data and writes a checked import, in SQL batches (an import of 20,000 tasks must not
 * go through the persistence context one entity at a time). Callers decide the owner.
 */
@Component
public class TransferStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entities;

    TransferStore(NamedParameterJdbcTemplate jdbc, EntityManager entities) {
        this.jdbc = jdbc;
        this.entities = entities;
    }

    /** Everything of the owner, ordered by position (tasks, areas, projects) and name (tags). */
    public Backup read(UUID owner, Instant now) {
        entities.flush();
        var params = Map.of("owner", owner);
        var areas = jdbc.query("select id, name, position, created_at from areas where owner_id = :owner order by position, id", params,
                (rs, n) -> new Backup.Area(rs.getString("id"), rs.getString("name"), rs.getLong("position"), instant(rs, "created_at")));
        var projects = jdbc.query("""
                select id, area_id, name, colour, archived, position, created_at from projects where owner_id = :owner order by position, id""", params,
                (rs, n) -> new Backup.Project(rs.getString("id"), rs.getString("area_id"), rs.getString("name"), rs.getString("colour"),
                        rs.getBoolean("archived"), rs.getLong("position"), instant(rs, "created_at")));
        var tags = jdbc.query("select name from tags where owner_id = :owner order by lower(name)", params, (rs, n) -> new Backup.Tag(rs.getString("name")));
        var taskTags = new HashMap<String, List<String>>();
        jdbc.query("""
                select tt.task_id, g.name from task_tags tt join tags g on g.id = tt.tag_id
                where g.owner_id = :owner order by lower(g.name)""", params,
                row -> {
                    taskTags.computeIfAbsent(row.getString("task_id"), k -> new ArrayList<>()).add(row.getString("name"));
                });
        var blockers = new HashMap<String, List<String>>();
        jdbc.query("""
                select d.task_id, d.blocker_id from task_dependencies d
                join tasks t on t.id = d.task_id join tasks b on b.id = d.blocker_id
                where t.owner_id = :owner and b.owner_id = :owner order by d.task_id, b.position""", params,
                row -> {
                    blockers.computeIfAbsent(row.getString("task_id"), k -> new ArrayList<>()).add(row.getString("blocker_id"));
                });
        var tasks = jdbc.query("select * from tasks where owner_id = :owner order by position, id", params, (rs, n) -> {
            var id = rs.getString("id");
            return new Backup.Task(id, rs.getString("title"), rs.getString("notes"), Status.valueOf(rs.getString("status")),
                    constant(Energy.class, rs.getString("energy")), constant(FocusType.class, rs.getString("focus")),
                    (Integer) rs.getObject("estimate_minutes"), (Integer) rs.getObject("actual_minutes"), rs.getInt("priority"),
                    rs.getObject("do_date", LocalDate.class), rs.getObject("do_time", LocalTime.class), rs.getObject("soft_deadline", LocalDate.class),
                    rs.getObject("hard_deadline", LocalDate.class), Source.valueOf(rs.getString("source")), rs.getString("project_id"),
                    rs.getString("parent_id"), taskTags.getOrDefault(id, List.of()), blockers.getOrDefault(id, List.of()), rs.getLong("position"),
                    instant(rs, "created_at"), instant(rs, "completed_at"), instant(rs, "deleted_at"), rs.getString("recurrence_rule"),
                    constant(RecurrenceMode.class, rs.getString("recurrence_mode")), rs.getObject("recurrence_start", LocalDate.class),
                    rs.getString("series_id"), rs.getObject("occurrence_date", LocalDate.class), instant(rs, "remind_at"));
        });
        return new Backup(Backup.FORMAT, Backup.VERSION, now, areas, projects, tags, tasks);
    }

    /** The owner's areas by lower-case name (the first by position when two share one). */
    public Map<String, UUID> areasByName(UUID owner) {
        return byName("select id, name from areas where owner_id = :owner order by position desc", owner);
    }

    /** The owner's projects by lower-case name (the first by position when two share one). */
    public Map<String, UUID> projectsByName(UUID owner) {
        return byName("select id, name from projects where owner_id = :owner order by position desc", owner);
    }

    private Map<String, UUID> byName(String sql, UUID owner) {
        var byName = new HashMap<String, UUID>();
        jdbc.query(sql, Map.of("owner", owner), row -> {
            byName.put(row.getString("name").toLowerCase(Locale.ROOT), row.getObject("id", UUID.class));
        });
        return byName;
    }

    /** How many of the tag names the owner does not have yet (ignoring case). */
    public int newTags(UUID owner, List<String> names) {
        if (names.isEmpty()) {
            return 0;
        }
        var lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        var known = jdbc.queryForObject("select count(*) from tags where owner_id = :owner and lower(name) in (:names)",
                new MapSqlParameterSource("owner", owner).addValue("names", lower), Integer.class);
        return names.size() - (known == null ? 0 : known);
    }

    /** Writes the plan for the owner: new areas, projects and tags after the owner's own, then tasks, tags and dependencies. */
    public void write(UUID owner, ImportPlan plan) {
        entities.flush();
        var params = Map.of("owner", owner);
        long areaBase = jdbc.queryForObject("select coalesce(max(position), 0) + 1024 from areas where owner_id = :owner", params, Long.class);
        jdbc.batchUpdate("insert into areas (id, owner_id, name, position, created_at, version) values (:id, :owner, :name, :position, :created, 0)",
                batch(plan.newAreas(), (a, i) -> new MapSqlParameterSource("id", UUID.fromString(a.id())).addValue("owner", owner)
                        .addValue("name", a.name()).addValue("position", areaBase + i * 1024L).addValue("created", ts(a.createdAt()))));
        long projectBase = jdbc.queryForObject("select coalesce(max(position), 0) + 1024 from projects where owner_id = :owner", params, Long.class);
        jdbc.batchUpdate("""
                insert into projects (id, owner_id, area_id, name, colour, archived, position, created_at, version)
                values (:id, :owner, :area, :name, :colour, :archived, :position, :created, 0)""",
                batch(plan.newProjects(), (p, i) -> new MapSqlParameterSource("id", UUID.fromString(p.id())).addValue("owner", owner)
                        .addValue("area", uuid(p.areaId())).addValue("name", p.name()).addValue("colour", p.colour())
                        .addValue("archived", p.archived()).addValue("position", projectBase + i * 1024L).addValue("created", ts(p.createdAt()))));
        jdbc.batchUpdate("insert into tags (id, owner_id, name, version) values (:id, :owner, :name, 0) on conflict (owner_id, lower(name)) do nothing",
                batch(plan.tags(), (t, i) -> new MapSqlParameterSource("id", UUID.randomUUID()).addValue("owner", owner).addValue("name", t)));
        var tagIds = new HashMap<String, UUID>();
        if (!plan.tags().isEmpty()) {
            jdbc.query("select id, name from tags where owner_id = :owner and lower(name) in (:names)", new MapSqlParameterSource("owner", owner)
                    .addValue("names", plan.tags().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()), row -> {
                        tagIds.put(row.getString("name").toLowerCase(Locale.ROOT), row.getObject("id", UUID.class));
                    });
        }
        var positions = plan.tasks().isEmpty() ? List.<Long>of() : jdbc.queryForList(
                "select nextval('task_position_seq') from generate_series(1, :n) order by 1", Map.of("n", plan.tasks().size()), Long.class);
        jdbc.batchUpdate("""
                insert into tasks (id, owner_id, title, notes, status, energy, focus, estimate_minutes, actual_minutes, priority, do_date, do_time,
                                   soft_deadline, hard_deadline, source, project_id, parent_id, position, created_at, completed_at, deleted_at,
                                   recurrence_rule, recurrence_mode, recurrence_start, series_id, occurrence_date, remind_at, version)
                values (:id, :owner, :title, :notes, :status, :energy, :focus, :estimate, :actual, :priority, :doDate, :doTime,
                        :soft, :hard, :source, :project, :parent, :position, :created, :completed, :deleted,
                        :rule, :mode, :start, :series, :occurrence, :remind, 0)""",
                batch(plan.tasks(), (t, i) -> new MapSqlParameterSource("id", UUID.fromString(t.id())).addValue("owner", owner)
                        .addValue("title", t.title()).addValue("notes", t.notes()).addValue("status", t.status().name())
                        .addValue("energy", name(t.energy())).addValue("focus", name(t.focus())).addValue("estimate", t.estimateMinutes())
                        .addValue("actual", t.actualMinutes()).addValue("priority", t.priority()).addValue("doDate", t.doDate())
                        .addValue("doTime", t.doTime()).addValue("soft", t.softDeadline()).addValue("hard", t.hardDeadline())
                        .addValue("source", t.source().name()).addValue("project", uuid(t.projectId())).addValue("parent", uuid(t.parentId()))
                        .addValue("position", positions.get((int) t.position())).addValue("created", ts(t.createdAt()))
                        .addValue("completed", ts(t.completedAt())).addValue("deleted", ts(t.deletedAt())).addValue("rule", t.recurrenceRule())
                        .addValue("mode", name(t.recurrenceMode())).addValue("start", t.recurrenceStart()).addValue("series", uuid(t.seriesId()))
                        .addValue("occurrence", t.occurrenceDate()).addValue("remind", ts(t.remindAt()))));
        var links = new ArrayList<SqlParameterSource>();
        var dependencies = new ArrayList<SqlParameterSource>();
        for (var t : plan.tasks()) {
            var id = UUID.fromString(t.id());
            t.tags().forEach(tag -> links.add(new MapSqlParameterSource("task", id).addValue("tag", tagIds.get(tag.toLowerCase(Locale.ROOT)))));
            t.blockedBy().forEach(b -> dependencies.add(new MapSqlParameterSource("task", id).addValue("blocker", UUID.fromString(b))));
        }
        jdbc.batchUpdate("insert into task_tags (task_id, tag_id) values (:task, :tag)", links.toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("insert into task_dependencies (task_id, blocker_id) values (:task, :blocker)", dependencies.toArray(SqlParameterSource[]::new));
        entities.clear();
    }

    private interface Row<T> {
        MapSqlParameterSource params(T item, int index);
    }

    private static <T> SqlParameterSource[] batch(List<T> items, Row<T> row) {
        var batch = new SqlParameterSource[items.size()];
        for (int i = 0; i < items.size(); i++) {
            batch[i] = row.params(items.get(i), i);
        }
        return batch;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

}
