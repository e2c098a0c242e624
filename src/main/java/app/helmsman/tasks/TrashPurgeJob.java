package app.helmsman.tasks;

import app.helmsman.tasks.internal.TaskStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes tasks that have been in the trash for longer than {@link TrashPolicy#RETENTION}, with their
 * subtasks. One replica at a time (advisory lock held for the transaction); the others skip that round.
 */
@Component
class TrashPurgeJob {

    /** Advisory lock key ('purgejob' in ASCII). */
    static final long LOCK_KEY = 0x707572_67656a6fL;
    private static final Logger log = LoggerFactory.getLogger(TrashPurgeJob.class);

    private final TaskStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrashPurgeJob(TaskStore store, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${helmsman.tasks.purge-cron:0 17 3 * * *}")
    void scheduled() {
        var purged = run();
        if (purged > 0) {
            log.info("Purged {} task(s) from the trash", purged);
        }
    }

    /** One round; returns the rows deleted (subtasks deleted by cascade not counted), 0 when another replica holds the lock. */
    int run() {
        Integer purged = transactions.execute(status -> store.tryJobLock(LOCK_KEY) ? store.purgeTrashedBefore(TrashPolicy.purgeBefore(clock.instant())) : 0);
        return purged == null ? 0 : purged;
    }
}
