package app.helmsman.admin;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.UserDirectory;
import app.helmsman.calendar.CalendarOperations;
import app.helmsman.calendar.CalendarSyncStatus;
import app.helmsman.platform.AuditLog;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The jobs panel's calendars: every calendar connection's sync status (whose, kind, state, last success, last
 * error, event count), a page at a time and optionally only those of people whose email matches, and "Retry now",
 * audited. Never a calendar's name, events or tokens.
 */
@Service
public class CalendarAdminService {

    /** Calendars per page. */
    public static final int PAGE_SIZE = 25;
    /** Longest email search. */
    public static final int MAX_SEARCH = 200;

    /** One calendar with its owner's email. */
    public record CalendarRow(CalendarSyncStatus status, String ownerEmail) {
    }

    /**
     * One page of calendars.
     *
     * @param page the page shown, from 0 (the last one when a later page was asked for)
     * @param pages how many pages there are, at least 1
     * @param searchTooBroad more people matched the search than a page can be limited to: only the first
     *                       {@link CalendarOperations#MAX_OWNERS} people's calendars are listed
     */
    public record CalendarPage(List<CalendarRow> rows, int page, int pages, long total, boolean searchTooBroad) {
    }

    private final CalendarOperations calendars;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final SignedInUser signedIn;
    private final JdbcTemplate jdbc;

    CalendarAdminService(CalendarOperations calendars, UserDirectory directory, AuditLog audit, SignedInUser signedIn, JdbcTemplate jdbc) {
        this.calendars = calendars;
        this.directory = directory;
        this.audit = audit;
        this.signedIn = signedIn;
        this.jdbc = jdbc;
    }

    /**
     * One page of {@link #PAGE_SIZE} calendars, failing and reconnect-needing ones first.
     *
     * @param ownerEmail null or blank for everyone's calendars, otherwise those of people whose email contains it
     *                   (case-insensitive, at most {@link #MAX_SEARCH} characters)
     * @param page from 0; past the last page gives the last page
     * @throws IllegalArgumentException for a longer search or a negative page
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CalendarPage calendars(String ownerEmail, int page) {
        if (page < 0) {
            throw new IllegalArgumentException("Pages start at 0.");
        }
        List<UUID> owners = null;
        boolean tooBroad = false;
        if (ownerEmail != null && !ownerEmail.isBlank()) {
            if (ownerEmail.length() > MAX_SEARCH) {
                throw new IllegalArgumentException("Search for at most " + MAX_SEARCH + " characters.");
            }
            var like = "%" + ownerEmail.strip().toLowerCase(Locale.ROOT).replace("\0", "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            owners = jdbc.queryForList("select id from users where lower(email) like ? order by id limit ?", UUID.class, like,
                    CalendarOperations.MAX_OWNERS + 1);
            tooBroad = owners.size() > CalendarOperations.MAX_OWNERS;
            owners = tooBroad ? owners.subList(0, CalendarOperations.MAX_OWNERS) : owners;
        }
        long maxOffset = (long) Integer.MAX_VALUE - PAGE_SIZE;
        var result = calendars.statuses(owners, (int) Math.min((long) page * PAGE_SIZE, maxOffset), PAGE_SIZE);
        int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page >= pages && result.total() > 0) {
            page = pages - 1;
            result = calendars.statuses(owners, page * PAGE_SIZE, PAGE_SIZE);
        } else if (page >= pages) {
            page = 0;
        }
        var statuses = result.statuses();
        var people = directory.byIds(statuses.stream().map(CalendarSyncStatus::ownerId).distinct().toList());
        var rows = statuses.stream().map(s -> new CalendarRow(s, people.containsKey(s.ownerId()) ? people.get(s.ownerId()).email() : "(deleted)")).toList();
        return new CalendarPage(rows, page, pages, result.total(), tooBroad);
    }

    /** Syncs one calendar now and audits the attempt with its outcome; returns the outcome in one sentence. */
    @PreAuthorize("hasRole('ADMIN')")
    public String retry(UUID sourceId) {
        var outcome = calendars.retry(sourceId);
        audit.record(signedIn.requireId(), null, "calendar.retry", sourceId.toString(), outcome);
        return outcome;
    }
}
