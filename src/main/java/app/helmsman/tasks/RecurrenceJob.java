package app.helmsman.tasks;

import app.helmsman.platform.JobSummary;
import app.helmsman.platform.Jobs;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Creates the next instances of fixed-schedule repeating tasks, so they appear even when their owner does
 * not open the app. Every replica schedules it; {@link Jobs} does each due series in its own transaction under
 * that series' advisory lock, so each is done by one replica, and a series whose rule cannot be evaluated is
 * counted and skipped without holding up anyone else's. Idempotent: running it again creates nothing new.
 */
@Component
class RecurrenceJob {

    /** Advisory lock space of the series' locks ('rec' in ASCII). */
    static final int LOCK_SPACE = 0x726563;
    private static final Logger log = LoggerFactory.getLogger(RecurrenceJob.class);

    private final SeriesScheduler series;
    private final Jobs jobs;
    private final Jobs.Job job;
    private final Clock clock;

    RecurrenceJob(SeriesScheduler series, Jobs jobs, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${helmsman.tasks.recurrence-cron:0 */10 * * * *}") String cron) {
        this.series = series;
        this.jobs = jobs;
        this.clock = clock;
        this.job = jobs.define("recurrence", LOCK_SPACE);
        jobs.register(job, "Creates the next instances of repeating tasks", cron, this::round);
    }

    @Scheduled(cron = "${helmsman.tasks.recurrence-cron:0 */10 * * * *}")
    void scheduled() {
        var created = run();
        if (created > 0) {
            log.info("Created {} instance(s) of repeating tasks", created);
        }
    }

    /** One round; returns the instances created (series another replica is doing are skipped). */
    int run() {
        return round().changed();
    }

    /** One round, with what it found, did, failed on and skipped. */
    JobSummary round() {
        var now = clock.instant();
        return jobs.run(job, () -> series.dueSeries(now), due -> due.head().seriesId(), due -> series.createDueInstance(due, now));
    }
}
