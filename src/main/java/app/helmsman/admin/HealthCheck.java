package app.helmsman.admin;

import java.time.Instant;

/**
 * One health check as the console shows it, run on this instance.
 *
 * @param status UP, DOWN, OUT_OF_SERVICE or UNKNOWN (shown in words, never by colour alone)
 * @param latencyMillis how long the check took now
 * @param detail what the check said (its details, without secrets), or empty
 * @param readiness whether the readiness probe ({@code /readyz}) includes this check
 * @param lastError the last failure this instance saw since start-up (from the console's checks), or null
 */
public record HealthCheck(String name, String status, long latencyMillis, String detail, boolean readiness, String lastError, Instant lastErrorAt) {
}
