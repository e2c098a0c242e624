package app.helmsman.focus.internal;

import app.helmsman.focus.FocusMode;
import app.helmsman.focus.FocusSession;
import app.helmsman.focus.FocusSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for focus sessions and settings. Callers (the focus service) scope every call to the signed-in person. */
@Component
public class FocusStore {

    private static final String COLUMNS = """
            id, task_id, task_title, mode, state, started_at, stretch_started_at, paused_at, planned_end, focused_seconds, breaks,
            focus_minutes, break_minutes, hyperfocus_minutes""";

    private final JdbcClient jdbc;

    FocusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises starts of one person for this transaction (one active session per person). */
    public void lockOwner(UUID owner) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params(0x666f63, owner.toString()).query().singleRow();
    }

    /** The person's session that has not ended, if any; with {@code lock} its row is locked for this transaction. */
    public Optional<FocusSession> active(UUID owner, boolean lock) {
        return jdbc.sql("select " + COLUMNS + " from focus_sessions where owner_id = ? and state <> 'ENDED'" + (lock ? " for update" : ""))
                .param(owner).query(FocusStore::session).optional();
    }

    public void insert(UUID owner, FocusSession s) {
        jdbc.sql("insert into focus_sessions (" + COLUMNS + ", owner_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.id(), s.taskId(), s.taskTitle(), s.mode().name(), s.state().name(), ts(s.startedAt()), ts(s.stretchStartedAt()),
                        ts(s.pausedAt()), ts(s.plannedEnd()), s.focusedSecondsBefore(), s.breaks(), s.focusMinutes(), s.breakMinutes(),
                        s.hyperfocusMinutes(), owner)
                .update();
    }

    /** Writes the state, stretch, pause, focus and break figures of a session. */
    public void update(FocusSession s) {
        jdbc.sql("""
                update focus_sessions set state = ?, stretch_started_at = ?, paused_at = ?, focused_seconds = ?, breaks = ?
                where id = ?""")
                .params(s.state().name(), ts(s.stretchStartedAt()), ts(s.pausedAt()), s.focusedSecondsBefore(), s.breaks(), s.id())
                .update();
    }

    /** Ends the session with its final focus; {@code recordedMinutes} is what went to the task (null: nothing). */
    public void end(UUID id, long focusedSeconds, Instant endedAt, Integer recordedMinutes) {
        jdbc.sql("""
                update focus_sessions set state = 'ENDED', paused_at = null, focused_seconds = ?, ended_at = ?, recorded_minutes = ?
                where id = ?""")
                .params(focusedSeconds, ts(endedAt), recordedMinutes, id).update();
    }

    /** Focused seconds, sessions and breaks of a period. */
    public record Totals(long seconds, int sessions, int breaks) {
    }

    /** Focused seconds, sessions and breaks of the sessions the person started in [from, to). */
    public Totals totals(UUID owner, Instant from, Instant to) {
        return jdbc.sql("""
                select coalesce(sum(focused_seconds), 0) as seconds, count(*) as sessions, coalesce(sum(breaks), 0) as breaks
                from focus_sessions where owner_id = ? and started_at >= ? and started_at < ?""")
                .params(owner, ts(from), ts(to))
                .query((rs, n) -> new Totals(rs.getLong("seconds"), rs.getInt("sessions"), rs.getInt("breaks"))).single();
    }

    public Optional<FocusSettings> settings(UUID owner) {
        return jdbc.sql("select focus_minutes, break_minutes, hyperfocus_minutes from focus_settings where user_id = ?").param(owner)
                .query((rs, n) -> new FocusSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3))).optional();
    }

    public void saveSettings(UUID owner, FocusSettings settings) {
        jdbc.sql("""
                insert into focus_settings (user_id, focus_minutes, break_minutes, hyperfocus_minutes) values (?, ?, ?, ?)
                on conflict (user_id) do update set focus_minutes = excluded.focus_minutes, break_minutes = excluded.break_minutes,
                    hyperfocus_minutes = excluded.hyperfocus_minutes""")
                .params(owner, settings.focusMinutes(), settings.breakMinutes(), settings.hyperfocusMinutes()).update();
    }

    private static FocusSession session(ResultSet rs, int row) throws SQLException {
        return new FocusSession(rs.getObject("id", UUID.class), rs.getObject("task_id", UUID.class), rs.getString("task_title"),
                FocusMode.valueOf(rs.getString("mode")), FocusSession.State.valueOf(rs.getString("state")), instant(rs, "started_at"),
                instant(rs, "stretch_started_at"), instant(rs, "paused_at"), instant(rs, "planned_end"), rs.getLong("focused_seconds"),
                rs.getInt("breaks"), rs.getInt("focus_minutes"), rs.getInt("break_minutes"), rs.getInt("hyperfocus_minutes"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
