package app.helmsman.reminders.internal;

import app.helmsman.reminders.ReminderKind;
import app.helmsman.reminders.ReminderPreferences;
import app.helmsman.reminders.ReminderState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reminder queue and the reminder preferences, in SQL: the delivery claim needs {@code FOR UPDATE SKIP LOCKED},
 * which is plainer here than through JPA. Every read and write that a person causes is scoped to their id.
 */
@Repository
public class ReminderStore {

    static final Set<String> WAITING = Set.of(ReminderState.PENDING.name(), ReminderState.SNOOZED.name());

    private final NamedParameterJdbcTemplate jdbc;

    ReminderStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- scheduling

    /** Adds the reminder unless one with its dedupe key exists (delivered, snoozed or pending); true when added. */
    public boolean add(ReminderRow row, Instant now) {
        return jdbc.update("""
                insert into reminders (id, owner_id, kind, task_id, block_id, title, subject_at, due_at, state, urgent, dedupe_key, created_at)
                values (:id, :owner, :kind, :task, :block, :title, :subject, :due, 'PENDING', :urgent, :key, :now)
                on conflict (dedupe_key) do update set title = excluded.title where reminders.state = 'PENDING'""",
                new MapSqlParameterSource().addValue("id", row.id()).addValue("owner", row.ownerId()).addValue("kind", row.kind().name())
                        .addValue("task", row.taskId()).addValue("block", row.blockId()).addValue("title", row.title())
                        .addValue("subject", ts(row.subjectAt())).addValue("due", ts(row.dueAt())).addValue("urgent", row.urgent())
                        .addValue("key", row.dedupeKey()).addValue("now", ts(now))) > 0;
    }

    /** Drops the task's pending reminders of the given kinds whose key is not in {@code keep}. */
    public int dropPendingOfTask(UUID taskId, Set<ReminderKind> kinds, Set<String> keep) {
        var rows = jdbc.query("select id, dedupe_key from reminders where task_id = :task and state = 'PENDING' and kind in (:kinds)",
                new MapSqlParameterSource("task", taskId).addValue("kinds", kinds.stream().map(Enum::name).toList()),
                (rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("dedupe_key")));
        return deleteExcept(rows, keep);
    }

    /** Drops every waiting (pending or snoozed) reminder of the tasks: they are done or in the trash. */
    public int dropWaitingOfTasks(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return 0;
        }
        return jdbc.update("delete from reminders where task_id in (:tasks) and state in (:waiting)",
                Map.of("tasks", taskIds, "waiting", WAITING));
    }

    /** Drops the person's pending block reminders between the instants whose key is not in {@code keep}. */
    public int dropPendingBlocks(UUID ownerId, Instant from, Instant to, Set<String> keep) {
        var rows = jdbc.query("""
                select id, dedupe_key from reminders where owner_id = :owner and kind = 'BLOCK' and state = 'PENDING'
                and subject_at >= :from and subject_at < :to""",
                new MapSqlParameterSource("owner", ownerId).addValue("from", ts(from)).addValue("to", ts(to)),
                (rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("dedupe_key")));
        return deleteExcept(rows, keep);
    }

    private int deleteExcept(List<Map.Entry<UUID, String>> rows, Set<String> keep) {
        var drop = rows.stream().filter(e -> !keep.contains(e.getValue())).map(Map.Entry::getKey).toList();
        return drop.isEmpty() ? 0 : jdbc.update("delete from reminders where id in (:ids)", Map.of("ids", drop));
    }

    // ---------------------------------------------------------------- delivery

    /** People with at least one reminder due by {@code now} (at most {@code limit}, the longest-waiting first). */
    public List<UUID> ownersDue(Instant now, int limit) {
        return jdbc.queryForList("""
                select owner_id from reminders where state in (:waiting) and due_at <= :now
                group by owner_id order by min(due_at) limit :limit""",
                new MapSqlParameterSource("waiting", WAITING).addValue("now", ts(now)).addValue("limit", limit), UUID.class);
    }

    /**
     * Locks and returns the person's reminders due by {@code now}; rows another transaction holds are skipped, so two
     * replicas never deliver the same row. Call inside the delivering transaction.
     */
    public List<ReminderRow> claimDue(UUID ownerId, Instant now) {
        return jdbc.query("""
                select * from reminders where owner_id = :owner and state in (:waiting) and due_at <= :now
                order by due_at, id limit 500 for update skip locked""",
                new MapSqlParameterSource("owner", ownerId).addValue("waiting", WAITING).addValue("now", ts(now)), ReminderStore::row);
    }

    /** How many reminders were shown one by one (not grouped, not urgent) to the person since the instant. */
    public int shownSince(UUID ownerId, Instant since) {
        var count = jdbc.queryForObject("""
                select count(*) from reminders where owner_id = :owner and state <> 'PENDING' and delivered_at > :since
                and not grouped and not urgent""", new MapSqlParameterSource("owner", ownerId).addValue("since", ts(since)), Integer.class);
        return count == null ? 0 : count;
    }

    public void markDelivered(Collection<UUID> ids, Instant now, Collection<UUID> late, Collection<UUID> grouped) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update("""
                update reminders set state = 'DELIVERED', delivered_at = :now, read_at = null,
                late = id in (:late), grouped = id in (:grouped) where id in (:ids)""",
                new MapSqlParameterSource("now", ts(now)).addValue("ids", ids).addValue("late", orNone(late)).addValue("grouped", orNone(grouped)));
    }

    /** Moves the reminders' time to {@code until} (quiet hours hold them). */
    public void hold(Collection<UUID> ids, Instant until) {
        if (!ids.isEmpty()) {
            jdbc.update("update reminders set due_at = :until where id in (:ids)", new MapSqlParameterSource("until", ts(until)).addValue("ids", ids));
        }
    }

    /** Ends reminders without showing them (their kind was switched off). */
    public void retire(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.update("update reminders set state = 'DONE' where id in (:ids)", Map.of("ids", ids));
        }
    }

    public void markEmailed(Collection<UUID> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.update("update reminders set emailed_at = :now where id in (:ids)", new MapSqlParameterSource("now", ts(now)).addValue("ids", ids));
        }
    }

    // ---------------------------------------------------------------- the person's own

    /** The person's delivered reminders, newest first. */
    public List<ReminderRow> delivered(UUID ownerId, int limit) {
        return jdbc.query("select * from reminders where owner_id = :owner and state = 'DELIVERED' order by delivered_at desc, id limit :limit",
                new MapSqlParameterSource("owner", ownerId).addValue("limit", limit), ReminderStore::row);
    }

    public List<ReminderRow> byIds(UUID ownerId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select * from reminders where owner_id = :owner and id in (:ids) order by due_at, id",
                new MapSqlParameterSource("owner", ownerId).addValue("ids", ids), ReminderStore::row);
    }

    public Optional<ReminderRow> byId(UUID ownerId, UUID id) {
        return byIds(ownerId, List.of(id)).stream().findFirst();
    }

    public int unread(UUID ownerId) {
        var count = jdbc.queryForObject("select count(*) from reminders where owner_id = :owner and state = 'DELIVERED' and read_at is null",
                Map.of("owner", ownerId), Integer.class);
        return count == null ? 0 : count;
    }

    public int markRead(UUID ownerId, Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.update("update reminders set read_at = :now where owner_id = :owner and id in (:ids) and state = 'DELIVERED' and read_at is null",
                new MapSqlParameterSource("owner", ownerId).addValue("ids", ids).addValue("now", ts(now)));
    }

    public int markAllRead(UUID ownerId, Instant now) {
        return jdbc.update("update reminders set read_at = :now where owner_id = :owner and state = 'DELIVERED' and read_at is null",
                new MapSqlParameterSource("owner", ownerId).addValue("now", ts(now)));
    }

    public int snooze(UUID ownerId, UUID id, Instant until) {
        return jdbc.update("""
                update reminders set state = 'SNOOZED', due_at = :until, read_at = null, late = false, grouped = false
                where owner_id = :owner and id = :id and state in ('DELIVERED', 'SNOOZED')""",
                new MapSqlParameterSource("owner", ownerId).addValue("id", id).addValue("until", ts(until)));
    }

    public int done(UUID ownerId, UUID id) {
        return jdbc.update("update reminders set state = 'DONE' where owner_id = :owner and id = :id and state <> 'DONE'",
                Map.of("owner", ownerId, "id", id));
    }

    /** The person's waiting reminders due before the instant (for the digest). */
    public List<ReminderRow> waitingBefore(UUID ownerId, Instant from, Instant to) {
        return jdbc.query("""
                select * from reminders where owner_id = :owner and state in (:waiting) and due_at >= :from and due_at < :to
                order by due_at, id""", new MapSqlParameterSource("owner", ownerId).addValue("waiting", WAITING)
                .addValue("from", ts(from)).addValue("to", ts(to)), ReminderStore::row);
    }

    // ---------------------------------------------------------------- preferences

    public ReminderPreferences preferences(UUID userId) {
        var found = jdbc.query("select * from reminder_settings where user_id = :user", Map.of("user", userId), (rs, n) -> {
            var kinds = EnumSet.noneOf(ReminderKind.class);
            if (rs.getBoolean("do_time_on")) {
                kinds.add(ReminderKind.DO_TIME);
            }
            if (rs.getBoolean("blocks_on")) {
                kinds.add(ReminderKind.BLOCK);
            }
            if (rs.getBoolean("deadlines_on")) {
                kinds.add(ReminderKind.DEADLINE_SOON);
                kinds.add(ReminderKind.DEADLINE_TODAY);
            }
            if (rs.getBoolean("remind_me_on")) {
                kinds.add(ReminderKind.REMIND_ME);
            }
            return new ReminderPreferences(rs.getObject("quiet_start", LocalTime.class), rs.getObject("quiet_end", LocalTime.class),
                    rs.getInt("batch_max"), rs.getInt("batch_minutes"), kinds, rs.getBoolean("email_on"), rs.getBoolean("digest_on"),
                    rs.getBoolean("browser_on"));
        });
        return found.isEmpty() ? ReminderPreferences.defaults() : found.getFirst();
    }

    public void savePreferences(UUID userId, ReminderPreferences p) {
        jdbc.update("""
                insert into reminder_settings (user_id, quiet_start, quiet_end, batch_max, batch_minutes, do_time_on, blocks_on, deadlines_on,
                  remind_me_on, email_on, digest_on, browser_on)
                values (:user, :qs, :qe, :max, :minutes, :doTime, :blocks, :deadlines, :remindMe, :email, :digest, :browser)
                on conflict (user_id) do update set quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end,
                  batch_max = excluded.batch_max, batch_minutes = excluded.batch_minutes, do_time_on = excluded.do_time_on,
                  blocks_on = excluded.blocks_on, deadlines_on = excluded.deadlines_on, remind_me_on = excluded.remind_me_on,
                  email_on = excluded.email_on, digest_on = excluded.digest_on, browser_on = excluded.browser_on""",
                new MapSqlParameterSource("user", userId).addValue("qs", p.quietStart()).addValue("qe", p.quietEnd())
                        .addValue("max", p.batchMax()).addValue("minutes", p.batchMinutes())
                        .addValue("doTime", p.wants(ReminderKind.DO_TIME)).addValue("blocks", p.wants(ReminderKind.BLOCK))
                        .addValue("deadlines", p.wants(ReminderKind.DEADLINE_SOON) || p.wants(ReminderKind.DEADLINE_TODAY))
                        .addValue("remindMe", p.wants(ReminderKind.REMIND_ME)).addValue("email", p.email()).addValue("digest", p.digest())
                        .addValue("browser", p.browser()));
    }

    /** People who asked for the digest and have not had today's (by their own day) yet. */
    public List<UUID> digestCandidates() {
        return jdbc.queryForList("select user_id from reminder_settings where digest_on", Map.of(), UUID.class);
    }

    /** Marks today's digest as sent; false when it was already (another replica, a second round). */
    public boolean claimDigest(UUID userId, LocalDate day) {
        return jdbc.update("""
                update reminder_settings set digest_sent_on = :day
                where user_id = :user and digest_on and (digest_sent_on is null or digest_sent_on < :day)""",
                new MapSqlParameterSource("user", userId).addValue("day", day)) > 0;
    }

    public void stopDigest(UUID userId) {
        jdbc.update("update reminder_settings set digest_on = false where user_id = :user", Map.of("user", userId));
    }

    /** The secret that signs unsubscribe links: made once, shared by every replica through the database. */
    public String signingSecret(String candidate) {
        jdbc.update("insert into reminder_signing_key (id, secret) values (1, :secret) on conflict (id) do nothing", Map.of("secret", candidate));
        return jdbc.queryForObject("select secret from reminder_signing_key where id = 1", Map.of(), String.class);
    }

    // ---------------------------------------------------------------- tasks (read for scheduling)

    /** What scheduling needs of a task: read by id, outside any person's session (the job and listeners own it). */
    public record TaskFacts(UUID id, UUID ownerId, String title, LocalDate doDate, LocalTime doTime, LocalDate hardDeadline, Instant remindAt,
                            boolean open) {
    }

    public List<TaskFacts> tasks(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select id, owner_id, title, do_date, do_time, hard_deadline, remind_at, status, deleted_at from tasks where id in (:ids)",
                Map.of("ids", ids), ReminderStore::facts);
    }

    /** The person's open tasks that have anything to remind of (after an import). */
    public List<TaskFacts> remindableTasks(UUID ownerId) {
        return jdbc.query("""
                select id, owner_id, title, do_date, do_time, hard_deadline, remind_at, status, deleted_at from tasks
                where owner_id = :owner and deleted_at is null and status <> 'DONE'
                and ((do_date is not null and do_time is not null) or hard_deadline is not null or remind_at is not null)""",
                Map.of("owner", ownerId), ReminderStore::facts);
    }

    private static TaskFacts facts(ResultSet rs, int n) throws SQLException {
        var remind = rs.getTimestamp("remind_at");
        return new TaskFacts(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class), rs.getString("title"),
                rs.getObject("do_date", LocalDate.class), rs.getObject("do_time", LocalTime.class), rs.getObject("hard_deadline", LocalDate.class),
                remind == null ? null : remind.toInstant(), rs.getTimestamp("deleted_at") == null && !"DONE".equals(rs.getString("status")));
    }

    private static ReminderRow row(ResultSet rs, int n) throws SQLException {
        return new ReminderRow(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class), ReminderKind.valueOf(rs.getString("kind")),
                rs.getObject("task_id", UUID.class), rs.getObject("block_id", UUID.class), rs.getString("title"), instant(rs, "subject_at"),
                instant(rs, "due_at"), ReminderState.valueOf(rs.getString("state")), rs.getBoolean("urgent"), instant(rs, "delivered_at"),
                rs.getBoolean("late"), rs.getBoolean("grouped"), instant(rs, "read_at"), rs.getString("dedupe_key"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Collection<UUID> orNone(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }
}
