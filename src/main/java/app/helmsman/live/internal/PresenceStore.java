package app.helmsman.live.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who is looking at what now, shared by every instance (Redis) or kept in this one. An entry is one open
 * view (one UI) and lives until it is removed or its expiry passes (its instance died without saying so).
 */
public interface PresenceStore {

    /** One open view of a place. */
    record Entry(String key, UUID userId, String name, Instant expiresAt) {
    }

    /** Adds or refreshes the entry of one view. */
    void put(UUID place, Entry entry);

    void remove(UUID place, String key);

    /** Entries not yet expired at {@code now}; expired ones are deleted on the way. */
    List<Entry> entries(UUID place, Instant now);
}
