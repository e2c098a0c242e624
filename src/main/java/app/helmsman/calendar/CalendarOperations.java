package app.helmsman.calendar;

import app.helmsman.calendar.internal.CalendarStore;
import app.helmsman.calendar.internal.SyncEngine;
import app.helmsman.calendar.internal.spi.SourceKind;
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

    /** The most calendars the console lists (worst first). */
    public static final int MAX_LISTED = 500;

    private final CalendarStore store;
    private final SyncEngine engine;

    CalendarOperations(CalendarStore store, SyncEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    /** Every calendar's sync status, failing and reconnect-needing ones first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CalendarSyncStatus> statuses() {
        return store.allSources(MAX_LISTED).stream().map(s -> new CalendarSyncStatus(s.id(), s.userId(), kindLabel(s.kind()), s.state(),
                s.lastSuccess(), s.lastError(), s.eventCount(), s.kind() != SourceKind.ICS_FILE)).toList();
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
