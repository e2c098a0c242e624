package app.helmsman.calendar.internal.spi;

import java.util.List;

/**
 * What a provider answered, all pages followed.
 *
 * @param full true when {@code upserts} is the complete set within the window (first sync, a 410 resync, ICS):
 *     the store then removes every event of the source that is not in it
 * @param upserts events created or changed (all of them when {@code full})
 * @param deletedExternalIds events deleted or cancelled since the cursor (ignored when {@code full})
 * @param nextCursor to send next time (null when the provider gives none)
 */
public record SyncBatch(boolean full, List<ExternalEvent> upserts, List<String> deletedExternalIds, String nextCursor) {

    public SyncBatch {
        upserts = List.copyOf(upserts);
        deletedExternalIds = List.copyOf(deletedExternalIds);
    }
}
