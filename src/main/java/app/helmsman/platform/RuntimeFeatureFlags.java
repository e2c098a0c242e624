package app.helmsman.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The feature flags every replica reads: a row in {@code feature_flags} (set in the ops console) overrides the
 * flag's environment default ({@link EnvironmentFeatureFlags}). Rows are read at most every
 * {@link #REFRESH} per replica, so a change on one replica applies on every other within that time and a flag
 * read costs no query in between (docs/adr/0020-feature-flags-and-audit-storage.md). While PostgreSQL cannot be
 * reached the last rows read stay in force.
 */
@Component
public class RuntimeFeatureFlags implements FeatureFlags {

    /** How long one replica trusts the rows it read. */
    public static final Duration REFRESH = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(RuntimeFeatureFlags.class);

    private final JdbcTemplate jdbc;
    private final EnvironmentFeatureFlags defaults;
    private final Clock clock;
    private volatile Snapshot snapshot;

    RuntimeFeatureFlags(JdbcTemplate jdbc, Environment environment, Clock clock) {
        this.jdbc = jdbc;
        this.defaults = new EnvironmentFeatureFlags(environment);
        this.clock = clock;
    }

    /** A flag as the ops console shows it. */
    public record FlagState(Flag flag, boolean enabled, boolean environmentDefault, boolean overridden, Instant changedAt, String changedBy) {
    }

    private record Row(boolean enabled, Instant changedAt, String changedBy) {
    }

    /** Rows as read at a moment of System.nanoTime (not the injected clock: tests freeze that one). */
    private record Snapshot(Map<Flag, Row> rows, long readAtNanos) {
    }

    @Override
    public boolean enabled(Flag flag) {
        var row = rows().get(flag);
        return row != null ? row.enabled() : defaults.enabled(flag);
    }

    /** The environment's default of a flag, what it returns to after {@link #reset}. */
    public boolean environmentDefault(Flag flag) {
        return defaults.enabled(flag);
    }

    /** Every flag with its current value and where it comes from, read fresh from the database. */
    public List<FlagState> states() {
        snapshot = null;
        var rows = rows();
        return Arrays.stream(Flag.values()).map(flag -> {
            var row = rows.get(flag);
            return new FlagState(flag, row != null ? row.enabled() : defaults.enabled(flag), defaults.enabled(flag), row != null,
                    row == null ? null : row.changedAt(), row == null ? null : row.changedBy());
        }).toList();
    }

    /**
     * Sets a flag for every replica (in the caller's transaction, if any); this replica applies it at once, the
     * others within {@link #REFRESH}.
     */
    public void set(Flag flag, boolean enabled, String changedBy) {
        jdbc.update("""
                insert into feature_flags (name, enabled, changed_at, changed_by) values (?, ?, ?, ?)
                on conflict (name) do update set enabled = excluded.enabled, changed_at = excluded.changed_at, changed_by = excluded.changed_by""",
                flag.name(), enabled, java.sql.Timestamp.from(clock.instant()), changedBy);
        snapshot = null;
    }

    /** Returns a flag to its environment default on every replica. */
    public void reset(Flag flag) {
        jdbc.update("delete from feature_flags where name = ?", flag.name());
        snapshot = null;
    }

    /** Forgets the rows read, so the next read asks the database (tests that reset it). */
    public void forgetCached() {
        snapshot = null;
    }

    private Map<Flag, Row> rows() {
        var current = snapshot;
        var now = System.nanoTime();
        if (current != null && now - current.readAtNanos() < REFRESH.toNanos()) {
            return current.rows();
        }
        try {
            var rows = new EnumMap<Flag, Row>(Flag.class);
            jdbc.query("select name, enabled, changed_at, changed_by from feature_flags", rs -> {
                var name = rs.getString(1);
                for (var f : Flag.values()) {
                    if (f.name().equals(name)) {
                        rows.put(f, new Row(rs.getBoolean(2), rs.getTimestamp(3).toInstant(), rs.getString(4)));
                    }
                }
            });
            snapshot = new Snapshot(Map.copyOf(rows), now);
            return rows;
        } catch (DataAccessException e) {
            log.debug("Feature flags could not be read; keeping the last ones: {}", e.toString());
            var kept = current == null ? Map.<Flag, Row>of() : current.rows();
            snapshot = new Snapshot(kept, now);
            return kept;
        }
    }
}
