package app.helmsman.calendar.internal;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Reads a Retry-After header: seconds, or an HTTP date (measured from the clock's now). */
final class RetryAfter {

    private RetryAfter() {
    }

    static Duration parse(String value, java.time.Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var seconds = Long.parseLong(value.strip());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                var at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                var wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
