package app.helmsman.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges audit rows older than {@link AuditSettings#retentionDays()}, through {@link Jobs} (one unit under an
 * advisory lock, so one replica does it) and the only delete the audit table allows.
 */
@Component
class AuditRetentionJob {

    /** Advisory lock space of the purge ('aud' in ASCII). */
    static final int LOCK_SPACE = 0x617564;

    private final AuditLog audit;
    private final Jobs jobs;
    private final Jobs.Job job;
    private final Clock clock;
    private final AuditSettings settings;

    AuditRetentionJob(AuditLog audit, Jobs jobs, Clock clock, AuditSettings settings) {
        this.audit = audit;
        this.jobs = jobs;
        this.clock = clock;
        this.settings = settings;
        this.job = jobs.define("audit-retention", LOCK_SPACE);
        jobs.register(job, "Deletes audit log rows older than " + settings.retentionDays() + " days", settings.purgeCron(), this::round);
    }

    @Scheduled(cron = "${helmsman.audit.purge-cron:0 41 3 * * *}")
    void scheduled() {
        round();
    }

    JobSummary round() {
        var cutoff = clock.instant().minus(Duration.ofDays(settings.retentionDays()));
        return jobs.run(job, () -> List.of("audit"), unit -> unit, unit -> audit.purgeOlderThan(cutoff));
    }
}
