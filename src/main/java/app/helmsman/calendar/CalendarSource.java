package app.helmsman.calendar;

import app.helmsman.calendar.internal.spi.SourceKind;
import java.time.Instant;
import java.util.UUID;

/**
 * One calendar of the signed-in person, as Settings shows it.
 *
 * @param lastError the last failure in plain words, or null
 * @param lastSuccess the last complete sync (import time for a file), or null
 * @param writable whether Helmsman can write its blocks into it (provider calendars it may edit)
 */
public record CalendarSource(UUID id, SourceKind kind, String name, String address, boolean countsAsBusy, boolean receivesBlocks,
                             boolean writable, SourceState state, Instant lastSuccess, String lastError, int eventCount) {

    /** "ICS file", "ICS subscription", "Google", "Outlook". */
    public String kindLabel() {
        return switch (kind) {
            case ICS_FILE -> "Imported file";
            case ICS_URL -> "Subscription";
            case GOOGLE -> "Google Calendar";
            case OUTLOOK -> "Outlook";
        };
    }
}
