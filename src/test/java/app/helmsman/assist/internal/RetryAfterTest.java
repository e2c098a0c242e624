package app.helmsman.assist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void delta_seconds_are_read_as_seconds() {
        assertThat(RetryAfter.parse("7", NOW)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("1.5", NOW)).contains(Duration.ofMillis(1500));
    }

    @Test
    void an_http_date_is_read_as_the_time_until_then() {
        assertThat(RetryAfter.parse("Thu, 03 Dec 2026 09:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Thursday, 03-Dec-26 09:01:00 GMT", NOW)).contains(Duration.ofMinutes(1));
        assertThat(RetryAfter.parse("Thu Dec  3 09:00:05 2026", NOW)).contains(Duration.ofSeconds(5));
    }

    @Test
    void a_date_in_the_past_means_retry_now() {
        assertThat(RetryAfter.parse("Wed, 02 Dec 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void openais_retry_after_ms_wins_over_retry_after() {
        assertThat(RetryAfter.parse("250", "7", NOW)).contains(Duration.ofMillis(250));
        assertThat(RetryAfter.parse("soon", "7", NOW)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(null, null, NOW)).isEmpty();
    }

    @Test
    void nonsense_and_negative_values_are_no_wait_at_all() {
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-3", NOW)).isEmpty();
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
        assertThat(RetryAfter.parse("NaN", NOW)).isEmpty();
    }

    @Test
    void an_absurd_number_of_seconds_is_capped_at_a_day() {
        assertThat(RetryAfter.parse("99999999999", NOW)).contains(Duration.ofDays(1));
    }
}
