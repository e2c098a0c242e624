package app.helmsman.admin;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.platform.AuditLog;
import app.helmsman.platform.JobStatus;
import app.helmsman.platform.JobSummary;
import app.helmsman.platform.Jobs;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The jobs panel: every job registered with {@link Jobs} (whatever modules exist), its last round on this
 * instance, its next start, and "run now".
 */
@Service
public class JobService {

    private final Jobs jobs;
    private final AuditLog audit;
    private final SignedInUser signedIn;

    JobService(Jobs jobs, AuditLog audit, SignedInUser signedIn) {
        this.jobs = jobs;
        this.audit = audit;
        this.signedIn = signedIn;
    }

    /** Every registered job, by name. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<JobStatus> jobs() {
        return jobs.statuses();
    }

    /**
     * Runs one round of a job on this instance now; each unit has its own transaction (no transaction here), and
     * the run is audited with its outcome.
     *
     * @throws IllegalArgumentException for a name no job registered
     */
    @PreAuthorize("hasRole('ADMIN')")
    public JobSummary runNow(String name) {
        var summary = jobs.runNow(name);
        audit.record(signedIn.requireId(), null, "job.run-now", name,
                summary.units() + " units, " + summary.done() + " done, " + summary.failures() + " failed, " + summary.changed() + " changed");
        return summary;
    }
}
