package app.helmsman.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * The outcome of a job's last round on this instance, for the ops console and the logs.
 *
 * @param job the job's name, as in the metrics' {@code job} tag
 * @param startedAt when the round started
 * @param duration how long it took
 * @param units units of work found
 * @param done units done (some may have had nothing to do)
 * @param failures units that failed or ran out of time, and were skipped
 * @param skipped units another instance was doing, or left for the next round when the round ran out of time
 * @param changed what the units report they changed (instances created, tasks deleted)
 */
public record JobSummary(String job, Instant startedAt, Duration duration, int units, int done, int failures, int skipped, int changed) {
}
