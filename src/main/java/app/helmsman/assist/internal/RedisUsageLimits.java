package app.helmsman.assist.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@link UsageLimits} shared by every replica through Redis: {@code INCR} on a key per person and minute for the
 * rate limit, {@code INCRBY} on a key per person and day for the token budget, each with an expiry so that Redis
 * forgets them on its own. When Redis cannot be reached the limits fail closed ({@link Verdict#UNAVAILABLE}).
 */
final class RedisUsageLimits implements UsageLimits {

    private static final Logger log = LoggerFactory.getLogger(RedisUsageLimits.class);
    private static final String PREFIX = "helmsman:assist:v1:";

    private final StringRedisTemplate redis;
    private final int requestsPerMinute;
    private final long dailyTokens;

    RedisUsageLimits(StringRedisTemplate redis, int requestsPerMinute, long dailyTokens) {
        this.redis = redis;
        this.requestsPerMinute = requestsPerMinute;
        this.dailyTokens = dailyTokens;
    }

    @Override
    public Verdict admit(UUID user, LocalDate day, Instant now) {
        try {
            String spent = redis.opsForValue().get(tokensKey(user, day));
            if (spent != null && Long.parseLong(spent) >= dailyTokens) {
                return Verdict.BUDGET_SPENT;
            }
            String key = PREFIX + "rate:" + user + ":" + now.getEpochSecond() / 60;
            Long count = redis.opsForValue().increment(key);
            if (count != null && count == 1) {
                redis.expire(key, Duration.ofMinutes(2));
            }
            return count != null && count > requestsPerMinute ? Verdict.RATE_LIMITED : Verdict.ALLOWED;
        } catch (RuntimeException e) {
            log.warn("AI usage limits could not be checked in Redis ({}); using the offline helpers", e.getMessage());
            return Verdict.UNAVAILABLE;
        }
    }

    @Override
    public void charge(UUID user, LocalDate day, long tokens) {
        if (tokens <= 0) {
            return;
        }
        try {
            String key = tokensKey(user, day);
            redis.opsForValue().increment(key, tokens);
            redis.expire(key, Duration.ofDays(2));
        } catch (RuntimeException e) {
            log.warn("AI tokens could not be counted in Redis ({})", e.getMessage());
        }
    }

    private static String tokensKey(UUID user, LocalDate day) {
        return PREFIX + "tokens:" + user + ":" + day;
    }
}
