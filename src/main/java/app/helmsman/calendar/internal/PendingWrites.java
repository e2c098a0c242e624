package app.helmsman.calendar.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL of the write-back that failed and waits for a retry ({@code calendar_pending_writes}): which block of which
 * target calendar, since when, how often tried, when next. What to write is not stored: the block mirror says what
 * the calendar should hold (the block, or nothing once it left the plan), so a retry is as idempotent as a write.
 */
@Component
class PendingWrites {

    static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    static final Duration LONGEST_BACKOFF = Duration.ofHours(6);

    private final JdbcClient jdbc;

    PendingWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A block whose write to one target calendar is due for a retry. */
    record Pending(UUID userId, UUID blockId, UUID targetSourceId, int attempts) {
    }

    /** Remembers a failed write (or keeps the earlier one, counting the attempt); the first retry is due after a minute. */
    void failed(UUID owner, UUID blockId, UUID targetSourceId, String error, Instant now) {
        jdbc.sql("""
                        insert into calendar_pending_writes (block_id, target_source_id, user_id, pending_since, attempts, next_attempt, last_error)
                        values (?, ?, ?, ?, 1, ?, ?)
                        on conflict (block_id, target_source_id) do update set last_error = excluded.last_error""")
                .params(blockId, targetSourceId, owner, ts(now), ts(now.plus(FIRST_BACKOFF)), CalendarStore.truncate(error, 500)).update();
    }

    void done(UUID blockId, UUID targetSourceId) {
        jdbc.sql("delete from calendar_pending_writes where block_id = ? and target_source_id = ?").params(blockId, targetSourceId).update();
    }

    /** Target calendars with a retry due (the units of a retry round). */
    List<UUID> dueTargets(Instant now, int limit) {
        return jdbc.sql("select distinct target_source_id from calendar_pending_writes where next_attempt <= ? limit ?")
                .params(ts(now), limit).query(UUID.class).list();
    }

    /**
     * Claims the due retries of one target calendar (call under its lock): each counts as an attempt and is not due
     * again before its backoff (doubling from a minute up to six hours), so no other replica takes it meanwhile.
     */
    List<Pending> claim(UUID targetSourceId, Instant now, int limit) {
        var due = jdbc.sql("""
                        select user_id, block_id, target_source_id, attempts from calendar_pending_writes
                        where target_source_id = ? and next_attempt <= ? order by pending_since limit ? for update""")
                .params(targetSourceId, ts(now), limit)
                .query((row, n) -> new Pending(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class), row.getInt(4)))
                .list();
        for (var pending : due) {
            jdbc.sql("update calendar_pending_writes set attempts = attempts + 1, next_attempt = ? where block_id = ? and target_source_id = ?")
                    .params(ts(now.plus(backoff(pending.attempts()))), pending.blockId(), pending.targetSourceId()).update();
        }
        return due;
    }

    void lastError(UUID blockId, UUID targetSourceId, String error) {
        jdbc.sql("update calendar_pending_writes set last_error = ? where block_id = ? and target_source_id = ?")
                .params(CalendarStore.truncate(error, 500), blockId, targetSourceId).update();
    }

    /** The owner's block as the mirror holds it now, or empty once it left the plan. */
    java.util.Optional<app.helmsman.planner.PlannedBlock> block(UUID owner, UUID blockId) {
        return jdbc.sql("select task_id, title, starts_at, ends_at from calendar_planned_blocks where user_id = ? and block_id = ?")
                .params(owner, blockId)
                .query((row, n) -> new app.helmsman.planner.PlannedBlock(blockId, row.getObject(1, UUID.class), row.getString(2),
                        row.getTimestamp(3).toInstant(), row.getTimestamp(4).toInstant(), false, null))
                .optional();
    }

    int count(UUID targetSourceId) {
        return jdbc.sql("select count(*) from calendar_pending_writes where target_source_id = ?").param(targetSourceId).query(Integer.class).single();
    }

    static Duration backoff(int attempts) {
        var wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : wait;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
