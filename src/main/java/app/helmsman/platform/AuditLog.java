package app.helmsman.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log of security-relevant events, which every module writes through {@link #record}.
 * A row is written in the caller's transaction when there is one (an admin action and its audit row commit or
 * roll back together), otherwise on its own. The table refuses UPDATE, DELETE and TRUNCATE; only
 * {@link #purgeOlderThan} deletes, through the database function {@code purge_audit_log}
 * (docs/adr/0020-feature-flags-and-audit-storage.md). Reads here are not checked: the admin module's service
 * is the only caller and checks the ADMIN role.
 */
@Component
public class AuditLog {

    /** Most rows one CSV export holds. */
    public static final int MAX_EXPORT = 100_000;
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an event, with the address of the current HTTP request (if any) as where it came from. */
    public void record(UUID actorId, String actorEmail, String action, String target, String detail) {
        record(actorId, actorEmail, action, target, detail, currentAddress());
    }

    /**
     * Records an event. Texts are cut to their column's length and stripped of NUL; a failure to write (the
     * database is away) is logged and does not fail the caller's action only when the caller has no transaction.
     */
    public void record(UUID actorId, String actorEmail, String action, String target, String detail, String remoteAddress) {
        // a caller that knows only the actor's id (tasks, jobs) gets the account's email filled in
        jdbc.update("""
                insert into audit_log (at, actor_id, actor_email, action, target, detail, remote_address)
                values (?, ?, coalesce(?, (select email from users where id = ?)), ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), actorId, clean(actorEmail, 320), actorId, clean(action, 64), clean(target, 320), clean(detail, 1000),
                clean(remoteAddress, 64));
        log.info("audit {} by {} on {}", action, actorEmail, target);
    }

    /** The email of an account, or null (for who changed a flag). */
    public String emailOf(UUID userId) {
        return jdbc.query("select email from users where id = ?", (rs, i) -> rs.getString(1), userId).stream().findFirst().orElse(null);
    }

    /** Like {@link #record(UUID, String, String, String, String)}, but never throws (sign-in paths). */
    public void recordQuietly(UUID actorId, String actorEmail, String action, String target, String detail, String remoteAddress) {
        try {
            record(actorId, actorEmail, action, target, detail, remoteAddress);
        } catch (DataAccessException e) {
            log.warn("Audit row {} for {} could not be written: {}", action, actorEmail, e.toString());
        }
    }

    /** The rows matching the filter, newest first. */
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        var where = new ArrayList<Object>();
        var sql = "select id, at, actor_id, actor_email, action, target, detail, remote_address from audit_log" + where(query, where)
                + " order by at desc, id desc offset ? limit ?";
        where.add(Math.max(0, offset));
        where.add(Math.clamp(limit, 0, 1000));
        return jdbc.query(sql, AuditLog::entry, where.toArray());
    }

    /** How many rows match the filter. */
    public int count(AuditQuery query) {
        var where = new ArrayList<Object>();
        Integer count = jdbc.queryForObject("select count(*) from audit_log" + where(query, where), Integer.class, where.toArray());
        return count == null ? 0 : count;
    }

    /** The distinct actions recorded so far, for a filter's choices. */
    public List<String> actions() {
        return jdbc.queryForList("select distinct action from audit_log order by action", String.class);
    }

    /** Writes the matching rows as CSV (RFC 4180, a header line, newest first, at most {@link #MAX_EXPORT}). */
    public int exportCsv(AuditQuery query, Writer out) {
        var where = new ArrayList<Object>();
        var sql = "select id, at, actor_id, actor_email, action, target, detail, remote_address from audit_log" + where(query, where)
                + " order by at desc, id desc limit " + MAX_EXPORT;
        int[] rows = {0};
        try {
            out.write("id,at,actor_id,actor_email,action,target,detail,remote_address\r\n");
            jdbc.query(sql, rs -> {
                var e = entry(rs, 0);
                try {
                    out.write(String.join(",", String.valueOf(e.id()), DateTimeFormatter.ISO_INSTANT.format(e.at()), csv(e.actorId()), csv(e.actorEmail()),
                            csv(e.action()), csv(e.target()), csv(e.detail()), csv(e.remoteAddress())));
                    out.write("\r\n");
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
                rows[0]++;
            }, where.toArray());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[0];
    }

    /** Deletes rows older than the cutoff (the retention job); the only delete the table allows. */
    public int purgeOlderThan(Instant cutoff) {
        Integer purged = jdbc.queryForObject("select purge_audit_log(?)", Integer.class, Timestamp.from(cutoff));
        return purged == null ? 0 : purged;
    }

    private static String where(AuditQuery query, List<Object> args) {
        var parts = new ArrayList<String>();
        if (present(query.text())) {
            parts.add("(lower(coalesce(target, '')) like ? escape '\\' or lower(coalesce(detail, '')) like ? escape '\\')");
            args.add(like(query.text()));
            args.add(like(query.text()));
        }
        if (present(query.action())) {
            parts.add("action = ?");
            args.add(query.action().strip());
        }
        if (present(query.actor())) {
            parts.add("lower(coalesce(actor_email, '')) like ? escape '\\'");
            args.add(like(query.actor()));
        }
        if (query.from() != null) {
            parts.add("at >= ?");
            args.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            parts.add("at < ?");
            args.add(Timestamp.from(query.to()));
        }
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String like(String text) {
        var escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped.replace("\0", "") + "%";
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    /** A CSV field, quoted when needed; a leading =, +, - or @ is prefixed with ' so spreadsheets show it as text. */
    static String csv(Object value) {
        if (value == null) {
            return "";
        }
        var s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.startsWith("'")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String clean(String s, int max) {
        if (s == null) {
            return null;
        }
        var t = s.replace("\0", "");
        return t.length() > max ? t.substring(0, max) : t;
    }

    private static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
