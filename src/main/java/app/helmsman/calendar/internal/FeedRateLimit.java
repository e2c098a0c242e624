package app.helmsman.calendar.internal;

import app.helmsman.live.RedisConnections;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * How often one feed token may fetch the feed: at most {@code perHour} requests per clock hour. With Redis the
 * budget is shared by every replica ({@code INCR} on a key per token hash and hour, which expires on its own);
 * while Redis cannot be reached (or without it) each instance counts on its own, so the feed keeps working.
 */
final class FeedRateLimit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeedRateLimit.class);
    private static final String PREFIX = "helmsman:calendar:feed:v1:";
    private static final int MAX_TRACKED_TOKENS = 10_000;

    private final int perHour;
    private final LettuceConnectionFactory factory;
    private final StringRedisTemplate redis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicBoolean redisDown = new AtomicBoolean();

    private record Window(Instant hour, int count) {
    }

    FeedRateLimit(int perHour, String redisUrl) {
        this.perHour = perHour;
        if (redisUrl == null || redisUrl.isBlank()) {
            this.factory = null;
            this.redis = null;
        } else {
            this.factory = connectionFactory(redisUrl);
            this.redis = new StringRedisTemplate(factory);
        }
    }

    /** Counts one request of the token (by its hash) and says whether it is within this hour's budget. */
    boolean allowed(String tokenHash, Instant now) {
        var hour = hourOf(now);
        if (redis != null) {
            try {
                var key = PREFIX + tokenHash + ":" + hour.getEpochSecond() / 3600;
                Long count = redis.opsForValue().increment(key);
                if (count != null && count == 1) {
                    redis.expire(key, Duration.ofHours(2));
                }
                if (redisDown.compareAndSet(true, false)) {
                    log.info("The feed's rate limit is shared through Redis again");
                }
                return count == null || count <= perHour;
            } catch (RuntimeException e) {
                if (redisDown.compareAndSet(false, true)) {
                    log.warn("The feed's rate limit could not be counted in Redis ({}); counting per instance until it answers", e.getMessage());
                }
            }
        }
        return allowedHere(tokenHash, hour);
    }

    private boolean allowedHere(String tokenHash, Instant hour) {
        if (windows.size() > MAX_TRACKED_TOKENS) {
            windows.entrySet().removeIf(entry -> entry.getValue().hour().isBefore(hour));
        }
        var window = windows.compute(tokenHash, (key, current) -> current == null || !current.hour().equals(hour) ? new Window(hour, 1)
                : new Window(hour, current.count() + 1));
        return window.count() <= perHour;
    }

    static Instant hourOf(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS);
    }

    @Override
    public void close() {
        if (factory != null) {
            factory.destroy();
        }
    }

    /** Redis connections that fail fast while Redis is away, so a feed request falls back within a second. */
    private static LettuceConnectionFactory connectionFactory(String url) {
        return RedisConnections.start(url, Duration.ofSeconds(1), null);
    }
}
