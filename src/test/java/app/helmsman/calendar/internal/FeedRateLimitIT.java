package app.helmsman.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.live.RedisForTests;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The private feed's rate limit on a real Redis: two instances (two limiters on one Redis) share one budget per token
 * and hour; while Redis is away each instance counts on its own instead of refusing or failing.
 */
class FeedRateLimitIT {

    static final Instant NOW = Instant.parse("2026-12-07T10:15:00Z");

    RedisForTests redis;
    FeedRateLimit onA;
    FeedRateLimit onB;

    @BeforeEach
    void start() throws Exception {
        redis = new RedisForTests();
        onA = new FeedRateLimit(3, redis.url());
        onB = new FeedRateLimit(3, redis.url());
    }

    @AfterEach
    void stop() {
        onA.close();
        onB.close();
        redis.close();
    }

    @Test
    void two_instances_share_one_budget_per_token_and_hour() {
        assertThat(onA.allowed("token-1", NOW)).isTrue();
        assertThat(onB.allowed("token-1", NOW.plusSeconds(1))).isTrue();
        assertThat(onA.allowed("token-1", NOW.plusSeconds(2))).isTrue();

        assertThat(onB.allowed("token-1", NOW.plusSeconds(3))).as("the fourth request, on the other instance").isFalse();
        assertThat(onA.allowed("token-1", NOW.plusSeconds(4))).isFalse();
        assertThat(onB.allowed("token-2", NOW.plusSeconds(5))).as("another token has its own budget").isTrue();
        assertThat(onB.allowed("token-1", NOW.plusSeconds(3600))).as("the next hour starts afresh").isTrue();
    }

    @Test
    void while_redis_is_away_each_instance_counts_on_its_own() {
        redis.stop();

        for (int i = 0; i < 3; i++) {
            assertThat(onA.allowed("token-1", NOW)).isTrue();
            assertThat(onB.allowed("token-1", NOW)).isTrue();
        }
        assertThat(onA.allowed("token-1", NOW)).isFalse();
        assertThat(onB.allowed("token-1", NOW)).isFalse();
    }

    @Test
    void without_redis_the_limit_is_per_instance() {
        try (var alone = new FeedRateLimit(2, "")) {
            assertThat(alone.allowed("token-1", NOW)).isTrue();
            assertThat(alone.allowed("token-1", NOW)).isTrue();
            assertThat(alone.allowed("token-1", NOW)).isFalse();
        }
    }
}
