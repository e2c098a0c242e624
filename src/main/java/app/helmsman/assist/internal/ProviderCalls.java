package app.helmsman.assist.internal;

import app.helmsman.assist.AssistSettings;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The resilience around provider calls: a circuit breaker per instance, and retries of timeouts, 429 and 5xx with
 * exponential backoff and jitter, waiting exactly what {@code Retry-After} asks when the provider says (but falling
 * back rather than waiting longer than {@code maxRetryWait}).
 */
final class ProviderCalls {

    /** Waits between attempts; interruptible, so a cancelled request stops waiting. */
    interface Sleeper {
        void sleep(Duration wait) throws InterruptedException;
    }

    /** The breaker is open: the provider was not called. */
    static final class BreakerOpen extends Exception {
        BreakerOpen() {
            super("circuit breaker open", null, false, false);
        }
    }

    private final ProviderClient client;
    private final CircuitBreaker breaker;
    private final AssistMetrics metrics;
    private final Sleeper sleeper;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration maxRetryWait;

    /** The breaker's state now, for the health check. */
    CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    ProviderCalls(ProviderClient client, CircuitBreaker breaker, AssistMetrics metrics, AssistSettings settings, Sleeper sleeper) {
        this.client = client;
        this.breaker = breaker;
        this.metrics = metrics;
        this.sleeper = sleeper;
        this.maxAttempts = settings.maxAttempts();
        this.backoff = settings.backoff();
        this.maxRetryWait = settings.maxRetryWait();
    }

    /**
     * Asks the provider, retrying what may succeed on a second try.
     *
     * @throws BreakerOpen when the breaker sends this request to the offline helpers without a call
     * @throws ProviderFailure the last failure, when no attempt succeeded; {@code CANCELLED} when aborted
     */
    ProviderClient.Reply call(Feature feature, String system, String user, String schemaName, Map<String, Object> schema,
                              Abort abort) throws ProviderFailure, BreakerOpen {
        if (!breaker.tryAcquire()) {
            throw new BreakerOpen();
        }
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            try {
                var reply = client.complete(system, user, schemaName, schema, abort);
                metrics.providerCall(feature, Duration.ofNanos(System.nanoTime() - started), reply.tokensIn(), reply.tokensOut());
                breaker.onSuccess();
                return reply;
            } catch (ProviderFailure failure) {
                if (failure.kind() == ProviderFailure.Kind.CANCELLED) {
                    breaker.onAbandoned();
                    throw failure;
                }
                metrics.error(feature, failure.kind());
                int tried = attempt;
                Duration wait = failure.retryAfter().orElseGet(() -> backoff(tried));
                if (!failure.kind().retryable || attempt >= maxAttempts || wait.compareTo(maxRetryWait) > 0) {
                    breaker.onFailure();
                    throw failure;
                }
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    breaker.onAbandoned();
                    throw new ProviderFailure(ProviderFailure.Kind.CANCELLED, "cancelled while waiting");
                }
                if (abort.cancelled()) {
                    breaker.onAbandoned();
                    throw new ProviderFailure(ProviderFailure.Kind.CANCELLED, "cancelled while waiting");
                }
            }
        }
    }

    /** {@code backoff}, doubled for each earlier retry, plus or minus 20 % so that replicas do not retry in step. */
    private Duration backoff(int attempt) {
        long base = backoff.toMillis() << Math.min(attempt - 1, 10);
        long jitter = (long) (base * 0.2 * (ThreadLocalRandom.current().nextDouble() * 2 - 1));
        return Duration.ofMillis(Math.max(0, base + jitter));
    }

    CircuitBreaker breaker() {
        return breaker;
    }
}
