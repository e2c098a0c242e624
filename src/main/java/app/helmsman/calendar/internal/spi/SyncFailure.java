package app.helmsman.calendar.internal.spi;

import java.time.Duration;

/**
 * A sync that could not complete; {@link #getMessage()} is shown to the person in plain words.
 *
 * @see Kind
 */
public class SyncFailure extends Exception {

    public enum Kind {
        /** The grant was revoked or cannot be refreshed: mark "needs reconnecting", tell the person once, stop retrying. */
        NEEDS_RECONNECTING,
        /** 429 or 503: try again after {@link SyncFailure#retryAfter()}. */
        RATE_LIMITED,
        /** Network or server trouble: back off and retry. */
        TEMPORARY,
        /** The source is broken (invalid ICS, gone): show the reason; retry only on "Sync now". */
        PERMANENT
    }

    private final Kind kind;
    private final Duration retryAfter;

    public SyncFailure(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** How long to wait before the next attempt, or null when the provider did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
