package app.helmsman.platform;

import java.time.Instant;

/**
 * A registered job as the ops console shows it.
 *
 * @param lastRun its last round on this instance since start-up, or null
 * @param nextRun when its schedule starts it next, or null when it is off
 */
public record JobStatus(String name, String description, JobSummary lastRun, Instant nextRun) {
}
