package app.helmsman.tasks;

import app.helmsman.platform.JobSummary;
import app.helmsman.platform.Jobs;
import app.helmsman.tasks.internal.TaskStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes tasks that have been in the trash for longer than {@link TrashPolicy#RETENTION}, with their
 * subtasks, one person at a time: {@link Jobs} gives each person's purge its own transaction under that
 * person's advisory lock, so each is done by one replica and one failure holds up nobody else.
 */
@Component
class TrashPurgeJob {

    /** Advisory lock space of the per-person purge locks ('pur' in ASCII). */
    static final int LOCK_SPACE = 0x707572;
    private static final Logger log = LoggerFactory.getLogger(TrashPurgeJob.class);

    private final TaskStore store;
    private final Jobs jobs;
    private final Jobs.Job job;
    private final Clock clock;

    TrashPurgeJob(TaskStore store, Jobs jobs, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${helmsman.tasks.purge-cron:0 17 3 * * *}") String cron) {
        this.store = store;
        this.jobs = jobs;
        this.clock = clock;
        this.job = jobs.define("purge", LOCK_SPACE);
        jobs.register(job, "Deletes tasks trashed more than 30 days ago", cron, this::round);
    }

    @Scheduled(cron = "${helmsman.tasks.purge-cron:0 17 3 * * *}")
    void scheduled() {
        var purged = run();
        if (purged > 0) {
            log.info("Purged {} task(s) from the trash", purged);
        }
    }

    /** One round; returns the rows deleted (subtasks deleted by cascade not counted). */
    int run() {
        return round().changed();
    }

    /** One round, with what it found, did, failed on and skipped. */
    JobSummary round() {
        var cutoff = TrashPolicy.purgeBefore(clock.instant());
        return jobs.run(job, () -> store.ownersWithTrashBefore(cutoff), owner -> owner, owner -> store.purgeTrashedBefore(owner, cutoff));
    }
}
