package app.helmsman.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pending invitations to shared projects ({@code project_invitations}, see 0014) in SQL. Roles are the names of
 * {@code tasks.ProjectRole}. Only pending invitations are rows. Callers check access before.
 */
@Component
public class InvitationStore {

    /** One pending invitation. */
    public record Row(UUID id, UUID projectId, UUID inviteeId, UUID invitedBy, String role, Instant invitedAt) {
    }

    private static final String COLUMNS = "id, project_id, invitee_id, invited_by, role, invited_at";

    private final NamedParameterJdbcTemplate jdbc;

    InvitationStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Invites the person, or changes the role (and inviter) of their pending invitation to the project, so that
     * there is never more than one.
     *
     * @return true when the person had no pending invitation to the project yet
     */
    public boolean put(UUID project, UUID invitee, UUID invitedBy, String role, Instant now) {
        var params = new MapSqlParameterSource("id", UUID.randomUUID()).addValue("project", project).addValue("invitee", invitee)
                .addValue("by", invitedBy).addValue("role", role).addValue("now", Timestamp.from(now));
        // xmax = 0 only for a freshly inserted row: tells a new invitation from an updated one in one statement
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                insert into project_invitations (id, project_id, invitee_id, invited_by, role, invited_at)
                values (:id, :project, :invitee, :by, :role, :now)
                on conflict (project_id, invitee_id) do update set role = excluded.role, invited_by = excluded.invited_by
                returning (xmax = 0) as inserted""", params, Boolean.class));
    }

    public Optional<Row> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from project_invitations where id = :id", Map.of("id", id), InvitationStore::row)
                .stream().findFirst();
    }

    /** Pending invitations to the project, oldest first. */
    public List<Row> forProject(UUID project) {
        return jdbc.query("select " + COLUMNS + " from project_invitations where project_id = :project order by invited_at, id",
                Map.of("project", project), InvitationStore::row);
    }

    /** Pending invitations for the person, oldest first. */
    public List<Row> forInvitee(UUID invitee) {
        return jdbc.query("select " + COLUMNS + " from project_invitations where invitee_id = :invitee order by invited_at, id",
                Map.of("invitee", invitee), InvitationStore::row);
    }

    /** Deletes the invitation; false when it was not there (any more). */
    public boolean delete(UUID id) {
        return jdbc.update("delete from project_invitations where id = :id", Map.of("id", id)) > 0;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class), rs.getObject("invitee_id", UUID.class),
                rs.getObject("invited_by", UUID.class), rs.getString("role"), rs.getTimestamp("invited_at").toInstant());
    }
}
