package app.helmsman.assist.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a provider that keeps failing: after {@code threshold} consecutive failed requests it opens for
 * {@code coolDown}, during which everyone goes straight to the offline helpers. Then one trial request is let
 * through (half-open): a success closes it, a failure opens it again. Per instance, not shared across replicas:
 * each replica learns on its own that the provider is down, which costs at most {@code threshold} requests each.
 * Thread-safe.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;
    private int failures;
    private Instant openUntil;
    private boolean trialInFlight;

    CircuitBreaker(int threshold, Duration coolDown, Clock clock) {
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    /** Whether a request may call the provider now; a true in the half-open state reserves the one trial. */
    synchronized boolean tryAcquire() {
        if (openUntil == null) {
            return true;
        }
        if (clock.instant().isBefore(openUntil) || trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    synchronized void onSuccess() {
        failures = 0;
        openUntil = null;
        trialInFlight = false;
    }

    synchronized void onFailure() {
        failures++;
        if (trialInFlight || failures >= threshold) {
            openUntil = clock.instant().plus(coolDown);
        }
        trialInFlight = false;
    }

    /** A request that was let through ended without a verdict (it was cancelled): frees the trial. */
    synchronized void onAbandoned() {
        trialInFlight = false;
    }

    synchronized State state() {
        if (openUntil == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openUntil) ? State.OPEN : State.HALF_OPEN;
    }
}
