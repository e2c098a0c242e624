package app.helmsman.assist.internal;

import java.time.Duration;
import java.util.Optional;

/** Why a provider call gave no usable answer, with the wait the provider asked for, if any. */
final class ProviderFailure extends Exception {

    enum Kind {
        /** No answer within the timeout, or a 408. Retried. */
        TIMEOUT(true, "did not answer in time"),
        /** 429. Retried after {@code Retry-After}. */
        RATE_LIMITED(true, "is busy"),
        /** 5xx. Retried. */
        SERVER(true, "had a problem"),
        /** Could not connect. Not retried: it would only make the person wait. */
        UNREACHABLE(false, "could not be reached"),
        /** 4xx other than 408 and 429, or a refusal: retrying would not help. */
        REFUSED(false, "refused the request"),
        /** An answer that is not what was asked for. */
        UNREADABLE(false, "gave an answer that could not be read"),
        /** The person cancelled the request. */
        CANCELLED(false, "was cancelled");

        final boolean retryable;
        /** What happened, to follow "The AI provider " in a sentence for the person. */
        final String sentence;

        Kind(boolean retryable, String sentence) {
            this.retryable = retryable;
            this.sentence = sentence;
        }
    }

    private final Kind kind;
    private final transient Optional<Duration> retryAfter;

    ProviderFailure(Kind kind, String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    ProviderFailure(Kind kind, String message) {
        this(kind, message, Optional.empty(), null);
    }

    Kind kind() {
        return kind;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
