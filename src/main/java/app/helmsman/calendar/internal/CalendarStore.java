package app.helmsman.calendar.internal;

import app.helmsman.calendar.SourceState;
import app.helmsman.calendar.internal.spi.ExternalEvent;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SyncBatch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL of the calendar module: sources, their events and feed tokens (block mappings and the planned-block mirror: {@link BlockMirror}).
 * Callers run it inside their transaction and pass the owner to every query that reads a person's data.
 */
@Component
public class CalendarStore {

    static final String SOURCE_COLUMNS = """
            id, user_id, kind, connection_id, external_id, name, counts_as_busy, receives_blocks, writable, state, last_success,
            last_error, error_unseen, event_count, cursor, next_attempt, failure_count""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CalendarStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One source row. */
    public record Source(UUID id, UUID userId, SourceKind kind, UUID connectionId, String externalId, String name, boolean countsAsBusy,
                         boolean receivesBlocks, boolean writable, SourceState state, Instant lastSuccess, String lastError, boolean errorUnseen,
                         int eventCount, String cursor, Instant nextAttempt, int failureCount) {
    }

    /** One stored event, for the agenda and busy time. */
    public record StoredEvent(String title, Instant start, Instant end, LocalDate allDayStart, LocalDate allDayEnd, String availability,
                              boolean declined, String calendar) {
    }

    // ---- sources

    public UUID insertSource(UUID owner, SourceKind kind, UUID connectionId, String externalId, String name, boolean busy, boolean writable,
                             Instant now, Instant nextAttempt) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into calendar_sources (id, user_id, kind, connection_id, external_id, name, counts_as_busy, writable, state, created_at, next_attempt)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'OK', ?, ?)""")
                .params(id, owner, kind.name(), connectionId, externalId, name, busy, writable, ts(now), ts(nextAttempt)).update();
        return id;
    }

    public Optional<Source> source(UUID id) {
        return jdbc.sql("select " + SOURCE_COLUMNS + " from calendar_sources where id = ?").param(id).query(CalendarStore::source).optional();
    }

    /** The owner's source, or empty when it is someone else's or unknown. */
    public Optional<Source> sourceOf(UUID owner, UUID id) {
        return source(id).filter(s -> s.userId().equals(owner));
    }

    public List<Source> sourcesOf(UUID owner) {
        return jdbc.sql("select " + SOURCE_COLUMNS + " from calendar_sources where user_id = ? order by lower(name), id").param(owner)
                .query(CalendarStore::source).list();
    }

    public List<Source> sourcesOfConnection(UUID connectionId) {
        return jdbc.sql("select " + SOURCE_COLUMNS + " from calendar_sources where connection_id = ?").param(connectionId)
                .query(CalendarStore::source).list();
    }

    public int countSources(UUID owner) {
        return jdbc.sql("select count(*) from calendar_sources where user_id = ?").param(owner).query(Integer.class).single();
    }

    /** Sources due for a background sync: synced kinds, not waiting for the person, due, and not leased by a replica now. */
    public List<UUID> dueSources(Instant now, int limit) {
        return jdbc.sql("""
                        select id from calendar_sources where kind <> 'ICS_FILE' and state in ('OK', 'FAILING') and next_attempt <= ?
                        and (lease_until is null or lease_until < ?) order by next_attempt limit ?""")
                .params(ts(now), ts(now), limit).query(UUID.class).list();
    }

    /**
     * Leases a source for one sync (call under its advisory lock): true when it was free (and due, unless {@code force}).
     */
    public boolean lease(UUID id, UUID token, Instant now, Instant until, boolean force) {
        return jdbc.sql("""
                        update calendar_sources set lease_token = ?, lease_until = ?
                        where id = ? and (lease_until is null or lease_until < ?) and kind <> 'ICS_FILE'
                        and (? or (state in ('OK', 'FAILING') and next_attempt <= ?))""")
                .params(token, ts(until), id, ts(now), force, ts(now)).update() == 1;
    }

    /** Locks the source row if this sync still holds its lease; false when the lease is gone (the source was removed or taken over). */
    public boolean holdsLease(UUID id, UUID token) {
        return !jdbc.sql("select id from calendar_sources where id = ? and lease_token = ? for update").params(id, token).query(UUID.class).list().isEmpty();
    }

    public void releaseLease(UUID id, UUID token) {
        jdbc.sql("update calendar_sources set lease_token = null, lease_until = null where id = ? and lease_token = ?").params(id, token).update();
    }

    public void recordSuccess(UUID id, Instant now, Instant nextAttempt, String cursor) {
        jdbc.sql("""
                        update calendar_sources set state = 'OK', last_success = ?, last_error = null, error_unseen = false, failure_count = 0,
                        next_attempt = ?, cursor = ?, lease_token = null, lease_until = null,
                        event_count = (select count(*) from calendar_events e where e.source_id = calendar_sources.id) where id = ?""")
                .params(ts(now), ts(nextAttempt), cursor, id).update();
    }

    /** Records a failed sync; {@code tell} marks the message as one the person has not seen yet. */
    public void recordFailure(UUID id, SourceState state, String message, Instant nextAttempt, boolean tell, boolean resetCursor) {
        jdbc.sql("""
                        update calendar_sources set state = ?, last_error = ?, error_unseen = error_unseen or ?, failure_count = failure_count + 1,
                        next_attempt = ?, cursor = case when ? then null else cursor end, lease_token = null, lease_until = null where id = ?""")
                .params(state.name(), truncate(message, 500), tell, ts(nextAttempt), resetCursor, id).update();
    }

    public void setBusy(UUID id, boolean busy) {
        jdbc.sql("update calendar_sources set counts_as_busy = ? where id = ?").params(busy, id).update();
    }

    /** Makes this source the one receiving the owner's blocks (or none when {@code receives} is false). */
    public void setReceivesBlocks(UUID owner, UUID id, boolean receives) {
        if (receives) {
            jdbc.sql("update calendar_sources set receives_blocks = (id = ?) where user_id = ?").params(id, owner).update();
        } else {
            jdbc.sql("update calendar_sources set receives_blocks = false where id = ?").param(id).update();
        }
    }

    public void rename(UUID id, String name, boolean writable) {
        jdbc.sql("update calendar_sources set name = ?, writable = ?, receives_blocks = receives_blocks and ? where id = ?")
                .params(name, writable, writable, id).update();
    }

    public void deleteSource(UUID id) {
        jdbc.sql("delete from calendar_sources where id = ?").param(id).update();
    }

    /** Messages about problems the owner has not been told about yet; marks them told. */
    public List<String> takeUnseenProblems(UUID owner) {
        var messages = jdbc.sql("""
                        select name || ': ' || coalesce(last_error, 'sync failed') from calendar_sources
                        where user_id = ? and error_unseen order by lower(name)""")
                .param(owner).query(String.class).list();
        if (!messages.isEmpty()) {
            jdbc.sql("update calendar_sources set error_unseen = false where user_id = ? and error_unseen").param(owner).update();
        }
        return messages;
    }

    /** For the health check: connections needing reconnecting, failing calendars and the most recent failure's words. */
    public record SyncHealth(int connectionsNeedingReconnecting, int failingCalendars, String latestError) {
    }

    public SyncHealth syncHealth() {
        int reconnect = jdbc.sql("select count(*) from calendar_connections where state = 'NEEDS_RECONNECTING'").query(Integer.class).single();
        int failing = jdbc.sql("select count(*) from calendar_sources where state in ('FAILING', 'NEEDS_RECONNECTING')").query(Integer.class).single();
        var latest = jdbc.sql("""
                        select last_error from calendar_sources where last_error is not null and state <> 'OK'
                        order by next_attempt desc nulls last limit 1""").query(String.class).optional().orElse(null);
        return new SyncHealth(reconnect, failing, latest);
    }

    public Map<SourceState, Integer> countByState() {
        var counts = new HashMap<SourceState, Integer>();
        for (var state : SourceState.values()) {
            counts.put(state, 0);
        }
        jdbc.sql("select state, count(*) as n from calendar_sources group by state")
                .query((row, n) -> counts.put(SourceState.valueOf(row.getString("state")), row.getInt("n"))).list();
        return counts;
    }

    // ---- events

    /**
     * Applies a batch to the source's events: a full batch replaces the set, an incremental one upserts and deletes.
     *
     * @return how many events were added, changed or removed
     */
    public int apply(UUID owner, UUID sourceId, SyncBatch batch) {
        int changed = 0;
        var events = dedupe(batch.upserts());
        if (batch.full()) {
            var keep = events.stream().map(ExternalEvent::externalId).toArray(String[]::new);
            changed += template.update(connection -> {
                var statement = connection.prepareStatement("delete from calendar_events where source_id = ? and not (external_id = any (?))");
                statement.setObject(1, sourceId);
                statement.setArray(2, connection.createArrayOf("varchar", keep));
                return statement;
            });
        } else if (!batch.deletedExternalIds().isEmpty()) {
            var gone = batch.deletedExternalIds().toArray(String[]::new);
            changed += template.update(connection -> {
                var statement = connection.prepareStatement("delete from calendar_events where source_id = ? and external_id = any (?)");
                statement.setObject(1, sourceId);
                statement.setArray(2, connection.createArrayOf("varchar", gone));
                return statement;
            });
        }
        if (!events.isEmpty()) {
            int[][] counts = template.batchUpdate("""
                    insert into calendar_events (id, user_id, source_id, external_id, title, starts_at, ends_at, all_day_start, all_day_end,
                                                 availability, declined, helmsman_block_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, (select m.block_id from calendar_block_mappings m
                            where m.target_source_id = ? and m.external_id = ? limit 1)))
                    on conflict (source_id, external_id) do update set title = excluded.title, starts_at = excluded.starts_at,
                        ends_at = excluded.ends_at, all_day_start = excluded.all_day_start, all_day_end = excluded.all_day_end,
                        availability = excluded.availability, declined = excluded.declined, helmsman_block_id = excluded.helmsman_block_id
                    where (calendar_events.title, calendar_events.starts_at, calendar_events.ends_at, calendar_events.all_day_start,
                           calendar_events.all_day_end, calendar_events.availability, calendar_events.declined, calendar_events.helmsman_block_id)
                          is distinct from (excluded.title, excluded.starts_at, excluded.ends_at, excluded.all_day_start, excluded.all_day_end,
                           excluded.availability, excluded.declined, excluded.helmsman_block_id)""", events, 500, (statement, event) -> {
                statement.setObject(1, UUID.randomUUID());
                statement.setObject(2, owner);
                statement.setObject(3, sourceId);
                statement.setString(4, truncate(event.externalId(), 1024));
                statement.setString(5, title(event.title()));
                statement.setTimestamp(6, Timestamp.from(event.start()));
                statement.setTimestamp(7, Timestamp.from(event.end().isBefore(event.start()) ? event.start() : event.end()));
                statement.setObject(8, event.allDayStart(), Types.DATE);
                statement.setObject(9, event.allDayEndExclusive(), Types.DATE);
                statement.setString(10, (event.availability() == null ? ExternalEvent.Availability.BUSY : event.availability()).name());
                statement.setBoolean(11, event.declined());
                // Graph's delta answers carry no open extensions: the mapping of what Helmsman wrote recognises its events
                statement.setObject(12, event.helmsmanBlockId());
                statement.setObject(13, sourceId);
                statement.setString(14, truncate(event.externalId(), 1024));
            });
            for (var batchCounts : counts) {
                for (var count : batchCounts) {
                    changed += Math.max(count, 0);
                }
            }
        }
        return changed;
    }

    /** The owner's events overlapping {@code [from, to)} of all their sources, not declined, without Helmsman's own blocks. */
    public List<StoredEvent> events(UUID owner, Instant from, Instant to, boolean busyOnly) {
        return jdbc.sql("""
                        select e.title, e.starts_at, e.ends_at, e.all_day_start, e.all_day_end, e.availability, e.declined, s.name
                        from calendar_events e join calendar_sources s on s.id = e.source_id
                        where e.user_id = ? and s.user_id = ? and not e.declined and e.helmsman_block_id is null
                          and e.starts_at < ? and (e.ends_at > ? or (e.ends_at = e.starts_at and e.starts_at >= ?))
                          and (not ? or (s.counts_as_busy and (e.availability = 'BUSY' or (e.availability = 'TENTATIVE' and e.all_day_start is null))))
                        order by e.all_day_start nulls last, e.starts_at, e.ends_at, e.title limit 2000""")
                .params(owner, owner, ts(to), ts(from), ts(from), busyOnly)
                .query((row, n) -> new StoredEvent(row.getString(1), instant(row, 2), instant(row, 3), row.getObject(4, LocalDate.class),
                        row.getObject(5, LocalDate.class), row.getString(6), row.getBoolean(7), row.getString(8))).list();
    }

    // ---- feed tokens

    public void saveFeedToken(UUID owner, String hash, Instant now) {
        jdbc.sql("""
                        insert into calendar_feed_tokens (user_id, token_hash, created_at) values (?, ?, ?)
                        on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""")
                .params(owner, hash, ts(now)).update();
    }

    public Optional<Instant> feedCreatedAt(UUID owner) {
        return jdbc.sql("select created_at from calendar_feed_tokens where user_id = ?").param(owner).query((row, n) -> instant(row, 1)).optional();
    }

    public boolean deleteFeedToken(UUID owner) {
        return jdbc.sql("delete from calendar_feed_tokens where user_id = ?").param(owner).update() > 0;
    }

    public Optional<UUID> feedOwner(String hash) {
        return jdbc.sql("select user_id from calendar_feed_tokens where token_hash = ?").param(hash).query(UUID.class).optional();
    }

    /** Everything of a person in this module (account deletion; the database cascades too). */
    public void deleteEverythingOf(UUID owner) {
        jdbc.sql("delete from calendar_block_mappings where user_id = ?").param(owner).update();
        jdbc.sql("delete from calendar_planned_blocks where user_id = ?").param(owner).update();
        jdbc.sql("delete from calendar_events where user_id = ?").param(owner).update();
        jdbc.sql("delete from calendar_sources where user_id = ?").param(owner).update();
        jdbc.sql("delete from calendar_feed_tokens where user_id = ?").param(owner).update();
    }

    // ---- helpers

    private static List<ExternalEvent> dedupe(List<ExternalEvent> events) {
        var byId = new java.util.LinkedHashMap<String, ExternalEvent>();
        for (var event : events) {
            byId.put(truncate(event.externalId(), 1024), event);
        }
        return new ArrayList<>(byId.values());
    }

    static String title(String title) {
        var clean = title == null ? "" : title.replace("\0", "").strip();
        if (clean.isEmpty()) {
            return "(No title)";
        }
        return truncate(clean, 500);
    }

    static String truncate(String value, int max) {
        if (value == null) {
            return null;
        }
        var clean = value.replace("\0", "");
        return clean.length() > max ? clean.substring(0, max) : clean;
    }

    static Source source(ResultSet row, int n) throws SQLException {
        return new Source(row.getObject("id", UUID.class), row.getObject("user_id", UUID.class), SourceKind.valueOf(row.getString("kind")),
                row.getObject("connection_id", UUID.class), row.getString("external_id"), row.getString("name"), row.getBoolean("counts_as_busy"),
                row.getBoolean("receives_blocks"), row.getBoolean("writable"), SourceState.valueOf(row.getString("state")),
                instant(row, "last_success"), row.getString("last_error"), row.getBoolean("error_unseen"), row.getInt("event_count"),
                row.getString("cursor"), instant(row, "next_attempt"), row.getInt("failure_count"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        var value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
