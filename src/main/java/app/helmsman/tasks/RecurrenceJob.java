package app.helmsman.tasks;

import app.helmsman.tasks.internal.TaskStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the next instances of fixed-schedule repeating tasks, so they appear even when their owner does
 * not open the app. Every replica schedules it; a PostgreSQL advisory lock held for the transaction lets one
 * run at a time and the others skip that round. Idempotent: running it again creates nothing new.
 */
@Component
class RecurrenceJob {

    /** Advisory lock key ('recurjob' in ASCII). */
    static final long LOCK_KEY = 0x726563_75726a6fL;
    private static final Logger log = LoggerFactory.getLogger(RecurrenceJob.class);

    private final SeriesScheduler series;
    private final TaskStore store;
    private final TransactionTemplate transactions;

    RecurrenceJob(SeriesScheduler series, TaskStore store, TransactionTemplate transactions) {
        this.series = series;
        this.store = store;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${helmsman.tasks.recurrence-cron:0 */10 * * * *}")
    void scheduled() {
        var created = run();
        if (created > 0) {
            log.info("Created {} instance(s) of repeating tasks", created);
        }
    }

    /** One round; returns the instances created, or 0 when another replica holds the lock. */
    int run() {
        Integer created = transactions.execute(status -> store.tryJobLock(LOCK_KEY) ? series.createDueInstances() : 0);
        return created == null ? 0 : created;
    }
}
