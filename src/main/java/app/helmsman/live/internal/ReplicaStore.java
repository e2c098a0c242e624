package app.helmsman.live.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Where every replica leaves its latest live figures for the ops console: Redis (one key per replica with a short
 * expiry, so a replica that stops reporting disappears) or nowhere when there is no Redis.
 */
public interface ReplicaStore {

    /** One replica's figures at {@code reportedAt}. */
    record Report(String name, int people, int windows, int push, long heapUsedBytes, long requests, Instant reportedAt) {
    }

    /** No Redis: nothing is shared, and the console shows this instance only. */
    ReplicaStore NONE = new ReplicaStore() {
        @Override
        public boolean shared() {
            return false;
        }

        @Override
        public void put(String id, Report report, Duration ttl) {
        }

        @Override
        public Map<String, Report> all(int max) {
            return Map.of();
        }
    };

    /** Whether reports reach other replicas at all. */
    boolean shared();

    /** Stores this replica's report for {@code ttl}; throws when the store cannot be reached. */
    void put(String id, Report report, Duration ttl);

    /** Reports still alive, by replica id, at most {@code max} of them (plus one, to tell that there were more); throws when unreachable. */
    Map<String, Report> all(int max);
}
