package app.helmsman.tasks;

import java.time.Duration;
import java.time.Instant;

/** How long deleted tasks stay restorable in the trash. */
final class TrashPolicy {

    static final Duration RETENTION = Duration.ofDays(30);

    private TrashPolicy() {
    }

    /** Tasks deleted strictly before this instant are purged: a task deleted exactly 30 days ago still has its last moment. */
    static Instant purgeBefore(Instant now) {
        return now.minus(RETENTION);
    }

    static boolean purgeable(Instant deletedAt, Instant now) {
        return deletedAt != null && deletedAt.isBefore(purgeBefore(now));
    }
}
