package app.helmsman.assist.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads how long a provider asks us to wait: {@code retry-after-ms} (OpenAI's own), then {@code Retry-After} as
 * delta-seconds or as an HTTP-date (RFC 9110 section 10.2.3). A date in the past means "now".
 */
final class RetryAfter {

    /** HTTP-dates, including the obsolete RFC 850 and asctime forms that RFC 9110 says to accept. */
    private static final DateTimeFormatter RFC_850 = DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

    private RetryAfter() {
    }

    /**
     * The wait the headers ask for.
     *
     * @param retryAfterMs the {@code retry-after-ms} header value, or null
     * @param retryAfter the {@code Retry-After} header value, or null
     * @param now the current time, for an HTTP-date
     * @return the wait, zero or more; empty when neither header is present or readable
     */
    static Optional<Duration> parse(String retryAfterMs, String retryAfter, Instant now) {
        if (retryAfterMs != null) {
            try {
                double millis = Double.parseDouble(retryAfterMs.strip());
                if (millis >= 0 && Double.isFinite(millis)) {
                    return Optional.of(Duration.ofMillis((long) Math.ceil(millis)));
                }
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        return parse(retryAfter, now);
    }

    /** {@code Retry-After} alone: delta-seconds (a decimal is accepted) or an HTTP-date. */
    static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            double seconds = Double.parseDouble(v);
            if (seconds < 0 || !Double.isFinite(seconds)) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((long) Math.ceil(Math.min(seconds, 86_400) * 1000)));
        } catch (NumberFormatException notSeconds) {
            // an HTTP-date
        }
        for (var format : new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME, RFC_850, ASCTIME}) {
            try {
                Instant at = format == DateTimeFormatter.RFC_1123_DATE_TIME ? ZonedDateTime.parse(v, format).toInstant()
                        : java.time.LocalDateTime.parse(v, format).toInstant(java.time.ZoneOffset.UTC);
                Duration wait = Duration.between(now, at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
