package app.helmsman.assist.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The per-person guardrails on provider use: a rate limit (requests per minute, fixed windows) and a daily token
 * budget (input and output tokens, per day in the person's time zone). In memory on one instance, or in Redis so
 * that every replica counts against the same limits.
 */
interface UsageLimits {

    enum Verdict { ALLOWED, RATE_LIMITED, BUDGET_SPENT, UNAVAILABLE }

    /**
     * Whether the person may make one more provider request now; an allowed request counts against the rate limit.
     * When the limits cannot be checked (Redis is away) the answer is {@link Verdict#UNAVAILABLE}: the guardrails
     * fail closed, and the offline helpers answer.
     */
    Verdict admit(UUID user, LocalDate day, Instant now);

    /** Counts the tokens a request used against the person's budget for {@code day}. */
    void charge(UUID user, LocalDate day, long tokens);
}
