package app.helmsman.tasks.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Members of shared projects ({@code project_members}, see 0004) in SQL. Roles are the names of
 * {@code tasks.ProjectRole}; the project's creator ({@code projects.owner_id}) is never a row here.
 * Callers check access before.
 */
@Component
public class MemberStore {

    private final NamedParameterJdbcTemplate jdbc;

    MemberStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's role in the project, if they are a member (not the creator). */
    public Optional<String> role(UUID project, UUID user) {
        return jdbc.queryForList("select role from project_members where project_id = :project and user_id = :user",
                Map.of("project", project, "user", user), String.class).stream().findFirst();
    }

    /** Members and their roles, in the order they were added. */
    public Map<UUID, String> members(UUID project) {
        var members = new LinkedHashMap<UUID, String>();
        jdbc.query("select user_id, role from project_members where project_id = :project order by added_at, user_id",
                Map.of("project", project), rs -> {
                    members.put(rs.getObject("user_id", UUID.class), rs.getString("role"));
                });
        return members;
    }

    /** Adds the member, or changes their role if they are one already. */
    public void put(UUID project, UUID user, String role, Instant now) {
        jdbc.update("""
                insert into project_members (project_id, user_id, role, added_at) values (:project, :user, :role, :now)
                on conflict (project_id, user_id) do update set role = excluded.role""",
                new MapSqlParameterSource("project", project).addValue("user", user).addValue("role", role)
                        .addValue("now", Timestamp.from(now)));
    }

    /** Removes the member and unassigns them from the project's tasks; false when they were not one. */
    public boolean remove(UUID project, UUID user) {
        var params = Map.of("project", project, "user", user);
        jdbc.update("update tasks set assignee_id = null, version = version + 1 where project_id = :project and assignee_id = :user", params);
        return jdbc.update("delete from project_members where project_id = :project and user_id = :user", params) > 0;
    }

    /** Ids of the projects shared with the person (not their own). */
    public List<UUID> sharedWith(UUID user) {
        return jdbc.queryForList("select project_id from project_members where user_id = :user", Map.of("user", user), UUID.class);
    }

    /** Open tasks (not trashed) per project, for the given projects. */
    public Map<UUID, Integer> openTasks(Collection<UUID> projects) {
        var open = new HashMap<UUID, Integer>();
        if (!projects.isEmpty()) {
            jdbc.query("""
                    select project_id, count(*) as open from tasks
                    where project_id in (:projects) and deleted_at is null and status <> 'DONE' group by project_id""",
                    Map.of("projects", projects), rs -> {
                        open.put(rs.getObject("project_id", UUID.class), rs.getInt("open"));
                    });
        }
        return open;
    }

    /**
     * Gives a task and its subtasks (any depth) to the owner of the project they now belong to (or to the
     * person who moved them to their Inbox), and unassigns whoever may not see them there.
     */
    public void handOver(UUID root, UUID owner, UUID project) {
        var params = new MapSqlParameterSource("root", root).addValue("owner", owner).addValue("project", project, java.sql.Types.OTHER);
        jdbc.update("""
                with recursive subtree(id) as (
                    select cast(:root as uuid)
                    union all
                    select c.id from tasks c join subtree s on c.parent_id = s.id
                )
                update tasks t set owner_id = :owner,
                       assignee_id = case when t.assignee_id = :owner or exists (select 1 from project_members m
                                     where m.project_id = cast(:project as uuid) and m.user_id = t.assignee_id) then t.assignee_id end
                where t.id in (select id from subtree)""", params);
    }
}
