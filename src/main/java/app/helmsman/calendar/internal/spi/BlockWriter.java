package app.helmsman.calendar.internal.spi;

import app.helmsman.planner.PlannedBlock;
import java.util.UUID;

/**
 * Writes Helmsman's planned blocks into a provider calendar (a Spring bean per kind), marking each event as
 * Helmsman's (Google extended private property, Graph open extension) with the block id. Idempotent: the caller
 * keeps the block id -> external id mapping; writing the same block twice updates one event.
 */
public interface BlockWriter {

    boolean handles(SourceKind kind);

    /**
     * Creates the event (when {@code externalId} is null) or moves it; returns the event's external id. If the
     * event with {@code externalId} is gone or is not Helmsman's, a new one is created (never edits foreign events).
     */
    String upsert(UUID connectionId, String externalCalendarId, String externalId, PlannedBlock block) throws SyncFailure;

    /** Deletes the event if it still exists and is Helmsman's; a missing event is fine. */
    void delete(UUID connectionId, String externalCalendarId, String externalId) throws SyncFailure;
}
