package app.helmsman.assist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    Instant now = Instant.parse("2026-12-03T09:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(60), clock);

    @Test
    void it_opens_after_the_threshold_of_consecutive_failures_only() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.tryAcquire()).isTrue();

        breaker.onFailure();

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void after_the_cool_down_one_trial_goes_through_and_its_success_closes_it() {
        open();
        now = now.plusSeconds(61);

        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).isFalse(); // one trial at a time
        breaker.onSuccess();

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void a_failed_trial_opens_it_for_another_cool_down() {
        open();
        now = now.plusSeconds(61);
        assertThat(breaker.tryAcquire()).isTrue();

        breaker.onFailure();

        assertThat(breaker.tryAcquire()).isFalse();
        now = now.plusSeconds(61);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void a_cancelled_trial_frees_the_trial_for_the_next_request() {
        open();
        now = now.plusSeconds(61);
        assertThat(breaker.tryAcquire()).isTrue();

        breaker.onAbandoned();

        assertThat(breaker.tryAcquire()).isTrue();
    }

    private void open() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.tryAcquire()).isFalse();
    }
}
