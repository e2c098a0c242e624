package app.helmsman.admin;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.UserDirectory;
import app.helmsman.calendar.CalendarOperations;
import app.helmsman.calendar.CalendarSyncStatus;
import app.helmsman.platform.AuditLog;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The jobs panel's calendars: every calendar connection's sync status (whose, kind, state, last success, last
 * error, event count) and "Retry now", audited. Never a calendar's name, events or tokens.
 */
@Service
public class CalendarAdminService {

    /** One calendar with its owner's email. */
    public record CalendarRow(CalendarSyncStatus status, String ownerEmail) {
    }

    private final CalendarOperations calendars;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final SignedInUser signedIn;

    CalendarAdminService(CalendarOperations calendars, UserDirectory directory, AuditLog audit, SignedInUser signedIn) {
        this.calendars = calendars;
        this.directory = directory;
        this.audit = audit;
        this.signedIn = signedIn;
    }

    /** Every calendar, failing and reconnect-needing ones first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CalendarRow> calendars() {
        var statuses = calendars.statuses();
        var people = directory.byIds(statuses.stream().map(CalendarSyncStatus::ownerId).distinct().toList());
        return statuses.stream().map(s -> new CalendarRow(s, people.containsKey(s.ownerId()) ? people.get(s.ownerId()).email() : "(deleted)")).toList();
    }

    /** Syncs one calendar now and audits the attempt with its outcome; returns the outcome in one sentence. */
    @PreAuthorize("hasRole('ADMIN')")
    public String retry(UUID sourceId) {
        var outcome = calendars.retry(sourceId);
        audit.record(signedIn.requireId(), null, "calendar.retry", sourceId.toString(), outcome);
        return outcome;
    }
}
