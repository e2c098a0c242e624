package app.helmsman.admin;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.live.LiveHint;
import app.helmsman.platform.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The maintenance banner: one message in PostgreSQL; posting or removing it sends a live hint to everyone
 * (every instance, through the live module), so every signed-in window shows it at once.
 */
@Service
public class MaintenanceService {

    /** The live topic the shell listens to. */
    public static final String TOPIC = "maintenance";

    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final SignedInUser signedIn;
    private final Clock clock;

    MaintenanceService(org.springframework.jdbc.core.JdbcTemplate jdbc, ApplicationEventPublisher events, AuditLog audit, SignedInUser signedIn,
                       Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    /** The banner in force now, if any (one past its end time is not). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MaintenanceBanner> current() {
        var now = clock.instant();
        return jdbc.query("select message, ends_at, posted_at from maintenance_banner where id = 1",
                (rs, i) -> new MaintenanceBanner(rs.getString(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant())).stream()
                .filter(b -> b.endsAt() == null || b.endsAt().isAfter(now)).findFirst();
    }

    /**
     * Posts (or replaces) the banner for everyone.
     *
     * @param endsAt when it disappears by itself, or null
     * @throws IllegalArgumentException for an empty or too long message, or an end time in the past
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MaintenanceBanner post(String message, Instant endsAt) {
        var text = message == null ? "" : message.strip().replace("\0", "");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Write the message people should see.");
        }
        if (text.length() > MaintenanceBanner.MAX_MESSAGE) {
            throw new IllegalArgumentException("Use at most " + MaintenanceBanner.MAX_MESSAGE + " characters.");
        }
        var now = clock.instant();
        if (endsAt != null && !endsAt.isAfter(now)) {
            throw new IllegalArgumentException("The end time must be in the future.");
        }
        var actor = signedIn.requireId();
        jdbc.update("""
                insert into maintenance_banner (id, message, ends_at, posted_at, posted_by) values (1, ?, ?, ?, ?)
                on conflict (id) do update set message = excluded.message, ends_at = excluded.ends_at, posted_at = excluded.posted_at,
                  posted_by = excluded.posted_by""",
                text, endsAt == null ? null : Timestamp.from(endsAt), Timestamp.from(now), audit.emailOf(actor));
        audit.record(actor, null, "banner.posted", null, text + (endsAt == null ? "" : " (until " + endsAt + ")"));
        announce(now);
        return new MaintenanceBanner(text, endsAt, now);
    }

    /** Removes the banner for everyone. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove() {
        if (jdbc.update("delete from maintenance_banner") > 0) {
            audit.record(signedIn.requireId(), null, "banner.removed", null, null);
            announce(clock.instant());
        }
    }

    private void announce(Instant now) {
        events.publishEvent(new LiveHint(TOPIC, Set.of(LiveHint.EVERYONE), Set.of(), "", null, now));
    }
}
