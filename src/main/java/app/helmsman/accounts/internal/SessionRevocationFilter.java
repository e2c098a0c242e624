package app.helmsman.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends sessions that were signed in before the account's {@code sessions_valid_after} ("sign out
 * everywhere", password change). The check reads PostgreSQL, so it works for sessions on every replica;
 * it runs on a session's first request and then at most every few seconds. The sign-in time comes from
 * the principal, which is made at authentication ({@link HelmsmanPrincipal#signedInAt()}).
 */
public class SessionRevocationFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "helmsman.signedInAt";
    /** Session attribute: when the revocation was last checked; removing it makes the next request check. */
    public static final String CHECKED_AT = "helmsman.revocationCheckedAt";
    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(3);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts;

    SessionRevocationFilter(JdbcTemplate jdbc, Clock clock, SecurityContextHolderStrategy contexts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = contexts.getContext().getAuthentication();
        var session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof HelmsmanPrincipal principal) {
            var now = clock.instant();
            if (dueForCheck(session, now)) {
                Optional<Instant> validAfter;
                try {
                    // a disabled account counts as revoked; its row also says when it was last seen (for DAU/MAU)
                    var row = jdbc.query("select sessions_valid_after, enabled, last_seen_at from users where id = ?",
                            (rs, i) -> new Object[] {rs.getTimestamp(1).toInstant(), rs.getBoolean(2), rs.getTimestamp(3)}, principal.userId())
                            .stream().findFirst();
                    validAfter = row.filter(r -> (Boolean) r[1]).map(r -> (Instant) r[0]);
                    row.filter(r -> (Boolean) r[1]).ifPresent(r -> seen(principal, (java.sql.Timestamp) r[2], now));
                } catch (DataAccessException e) {
                    // PostgreSQL is away: the session cannot be checked, so this request is not served, but
                    // calmly (503 with a sentence, not a 500); the check runs again on the next request.
                    unavailable(response);
                    return;
                }
                session.setAttribute(CHECKED_AT, now);
                if (validAfter.isEmpty() || validAfter.get().isAfter(signedInAt(session, principal))) {
                    session.invalidate();
                    contexts.clearContext();
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** How often a person's last-seen time is written at most. */
    static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(5);

    private void seen(HelmsmanPrincipal principal, java.sql.Timestamp lastSeen, Instant now) {
        if (lastSeen == null || Duration.between(lastSeen.toInstant(), now).compareTo(LAST_SEEN_RESOLUTION) >= 0) {
            jdbc.update("update users set last_seen_at = ? where id = ?", java.sql.Timestamp.from(now), principal.userId());
        }
    }

    /**
     * When this session signed in: the principal's time, made at authentication (not at the session's first
     * request after it, which an idle session may never make before "sign out everywhere"), unless the
     * person renewed this session after revoking the others ({@link #keepCurrentSession}).
     */
    private static Instant signedInAt(HttpSession session, HelmsmanPrincipal principal) {
        var kept = (Instant) session.getAttribute(SIGNED_IN_AT);
        var signedIn = principal.signedInAt();
        return kept != null && (signedIn == null || kept.isAfter(signedIn)) ? kept : signedIn == null ? Instant.EPOCH : signedIn;
    }

    static final String UNAVAILABLE = "Helmsman cannot reach its database right now. Nothing you saved is lost; please try again in a minute.";

    private static void unavailable(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(UNAVAILABLE);
    }

    private static boolean dueForCheck(HttpSession session, Instant now) {
        var checkedAt = (Instant) session.getAttribute(CHECKED_AT);
        return checkedAt == null || Duration.between(checkedAt, now).compareTo(CHECK_INTERVAL) >= 0;
    }

    /** Keeps the current session valid after the account revoked every session as of {@code validAfter}. */
    public static void keepCurrentSession(Instant validAfter) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(SIGNED_IN_AT, validAfter);
            }
        }
    }

}
