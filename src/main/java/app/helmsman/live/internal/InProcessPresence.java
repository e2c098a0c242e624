package app.helmsman.live.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Presence of this instance only (no Redis). */
final class InProcessPresence implements PresenceStore {

    private final Map<UUID, Map<String, Entry>> places = new ConcurrentHashMap<>();

    @Override
    public void put(UUID place, Entry entry) {
        places.computeIfAbsent(place, p -> new ConcurrentHashMap<>()).put(entry.key(), entry);
    }

    @Override
    public void remove(UUID place, String key) {
        places.computeIfPresent(place, (p, entries) -> {
            entries.remove(key);
            return entries.isEmpty() ? null : entries;
        });
    }

    @Override
    public List<Entry> entries(UUID place, Instant now) {
        var entries = places.getOrDefault(place, Map.of());
        entries.values().removeIf(e -> !e.expiresAt().isAfter(now));
        return List.copyOf(entries.values());
    }
}
