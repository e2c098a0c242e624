package app.helmsman.calendar;

import app.helmsman.calendar.internal.CalendarStore;
import app.helmsman.calendar.internal.SourceOverview;
import app.helmsman.calendar.internal.SyncEngine;
import app.helmsman.calendar.internal.spi.SourceKind;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the calendar module offers admins (the ops console): every calendar's sync status and "Retry now". Admins
 * see how a sync is doing, never a calendar's name, address, events or tokens.
 */
@Service
public class CalendarOperations {

    /** The longest page the console may ask for. */
    public static final int MAX_PAGE = 100;
    /** The most owners one page may be limited to. */
    public static final int MAX_OWNERS = 1_000;

    /** One page of calendars and how many there are in all. */
    public record StatusPage(List<CalendarSyncStatus> statuses, long total) {
    }

    private final CalendarStore store;
    private final SourceOverview overview;
    private final SyncEngine engine;

    CalendarOperations(CalendarStore store, SourceOverview overview, SyncEngine engine) {
        this.store = store;
        this.overview = overview;
        this.engine = engine;
    }

    /**
     * One page of calendars' sync statuses, failing and reconnect-needing ones first, with the number in all.
     *
     * @param owners null for everyone's calendars, otherwise only these people's (at most {@link #MAX_OWNERS})
     * @param offset 0 or more
     * @param limit 1 to {@link #MAX_PAGE}
     * @throws IllegalArgumentException for a bound out of range
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public StatusPage statuses(Collection<UUID> owners, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE || (owners != null && owners.size() > MAX_OWNERS)) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE + " calendars of at most " + MAX_OWNERS + " people.");
        }
        var page = overview.page(owners, offset, limit).stream().map(s -> new CalendarSyncStatus(s.id(), s.userId(), kindLabel(s.kind()), s.state(),
                s.lastSuccess(), s.lastError(), s.eventCount(), s.kind() != SourceKind.ICS_FILE)).toList();
        return new StatusPage(page, overview.count(owners));
    }

    /**
     * Syncs one calendar now, whatever its schedule and backoff; returns what happened in one sentence without the
     * calendar's name. Runs its own transactions (the sync engine's), so none here.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public String retry(UUID sourceId) {
        var source = store.source(sourceId).orElseThrow(CalendarSourceNotFoundException::new);
        if (source.kind() == SourceKind.ICS_FILE) {
            return "An imported file does not sync; its owner can import it again.";
        }
        return switch (engine.syncNow(source.id(), null)) {
            case SYNCED -> "The calendar is up to date.";
            case ALREADY_SYNCING -> "The calendar is being synced right now.";
            case FAILED -> "The sync failed: " + store.source(source.id()).map(CalendarStore.Source::lastError).filter(e -> e != null)
                    .orElse("try again later.");
        };
    }

    private static String kindLabel(SourceKind kind) {
        return switch (kind) {
            case ICS_FILE -> "Imported file";
            case ICS_URL -> "Subscription";
            case GOOGLE -> "Google Calendar";
            case OUTLOOK -> "Outlook";
        };
    }
}
