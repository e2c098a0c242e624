package app.helmsman.calendar.internal.spi;

/**
 * Fetches a calendar's changes from one kind of source (a Spring bean per kind). Called by the sync job outside
 * any transaction, with the source's lock held; must not touch the database's event tables itself.
 */
public interface SourceSynchronizer {

    boolean handles(SourceKind kind);

    SyncBatch fetch(SyncRequest request) throws SyncFailure;
}
