package app.helmsman.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users panel's reads: one query per page (roles, sign-in methods, task count and lockout as sub-selects,
 * never one query per row) and the active-people counts. Changes go through
 * {@link app.helmsman.accounts.AccountAdministration}.
 */
@Service
public class UserAdminService {

    /** Longest search text. */
    public static final int MAX_SEARCH = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    UserAdminService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A page of accounts whose email or name contains the search (case-insensitive), oldest first.
     *
     * @param search null or blank for everyone; at most {@link #MAX_SEARCH} characters
     * @throws IllegalArgumentException for a longer search
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AdminUser> users(String search, int offset, int limit) {
        var args = new ArrayList<Object>();
        args.add(Timestamp.from(clock.instant()));
        var sql = """
                select u.id, u.email, u.display_name, u.enabled, u.created_at, u.last_seen_at, u.password_hash is not null,
                  coalesce((select string_agg(r.role, ',') from user_roles r where r.user_id = u.id), ''),
                  coalesce((select string_agg(distinct i.provider, ',') from user_identities i where i.user_id = u.id), ''),
                  (select count(*) from tasks t where t.owner_id = u.id),
                  exists (select 1 from login_throttle l where l.throttle_key = 'account:' || u.email and l.locked_until > ?)
                from users u""" + where(search, args) + " order by u.created_at, u.id offset ? limit ?";
        args.add(Math.max(0, offset));
        args.add(Math.clamp(limit, 0, 500));
        return jdbc.query(sql, UserAdminService::user, args.toArray());
    }

    /** How many accounts match the search (see {@link #users}). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(String search) {
        var args = new ArrayList<Object>();
        Integer count = jdbc.queryForObject("select count(*) from users u" + where(search, args), Integer.class, args.toArray());
        return count == null ? 0 : count;
    }

    /** Daily and monthly active people, from last seen. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ActivePeople activePeople() {
        var now = clock.instant();
        return jdbc.queryForObject("select count(*) filter (where last_seen_at >= ?), count(*) filter (where last_seen_at >= ?), count(*) from users",
                (rs, i) -> new ActivePeople(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                Timestamp.from(now.minus(Duration.ofDays(1))), Timestamp.from(now.minus(Duration.ofDays(30))));
    }

    private static String where(String search, List<Object> args) {
        if (search == null || search.isBlank()) {
            return "";
        }
        if (search.length() > MAX_SEARCH) {
            throw new IllegalArgumentException("Search for at most " + MAX_SEARCH + " characters.");
        }
        var like = "%" + search.strip().toLowerCase(Locale.ROOT).replace("\0", "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        args.add(like);
        args.add(like);
        return " where (u.email like ? escape '\\' or lower(u.display_name) like ? escape '\\')";
    }

    private static AdminUser user(ResultSet rs, int row) throws SQLException {
        var methods = new ArrayList<String>();
        if (rs.getBoolean(7)) {
            methods.add("password");
        }
        Arrays.stream(rs.getString(9).split(",")).filter(s -> !s.isBlank()).sorted().forEach(methods::add);
        var lastSeen = rs.getTimestamp(6);
        return new AdminUser(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), Arrays.asList(rs.getString(8).split(",")).contains("ADMIN"),
                rs.getBoolean(4), rs.getTimestamp(5).toInstant(), lastSeen == null ? null : lastSeen.toInstant(), List.copyOf(methods),
                rs.getLong(10), rs.getBoolean(11));
    }
}
