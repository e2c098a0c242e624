package app.helmsman.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.live.internal.LiveBus;
import app.helmsman.live.internal.TestBuses;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Hints across instances through a real Redis: delivery, Redis restarts, unreadable messages. */
class RedisBusIT {

    RedisForTests redis;
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    LiveBus instanceA;
    LiveBus instanceB;
    final List<LiveHint> receivedByB = new CopyOnWriteArrayList<>();
    final AtomicInteger reconnectsSeenByB = new AtomicInteger();

    @BeforeEach
    void twoInstancesOnOneRedis() throws Exception {
        redis = new RedisForTests();
        instanceA = TestBuses.redis(redis.url(), "test:live", new SimpleMeterRegistry());
        instanceB = TestBuses.redis(redis.url(), "test:live", meters);
        instanceB.onReceive(receivedByB::add);
        instanceB.onReconnect(reconnectsSeenByB::incrementAndGet);
        awaitSubscriptionsEstablished();
    }

    /** Probes until one passes from A to B, then a fence: every probe sent before it has arrived, so none arrives later. */
    private void awaitSubscriptionsEstablished() {
        var probe = hint("probe");
        Awaitility.await("B's subscription to receive from A").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            instanceA.send(probe);
            return receivedByB.contains(probe);
        });
        var fence = hint("fence");
        instanceA.send(fence);
        Awaitility.await("the fence after the probes").atMost(Duration.ofSeconds(10)).until(() -> receivedByB.contains(fence));
        receivedByB.clear();
    }

    @AfterEach
    void stop() throws Exception {
        TestBuses.close(instanceA);
        TestBuses.close(instanceB);
        redis.close();
    }

    static LiveHint hint(String summary) {
        return LiveHint.forUser("tasks", UUID.randomUUID(), Set.of(UUID.randomUUID()), summary, null, Instant.now());
    }

    @Test
    void a_hint_sent_on_one_instance_arrives_on_the_other() {
        var sent = hint("'Pay rent' completed");
        instanceA.send(sent);

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !receivedByB.isEmpty());
        assertThat(receivedByB).containsExactly(sent);
    }

    @Test
    void after_redis_restarts_hints_flow_again_and_views_are_told_to_refresh_once() throws Exception {
        redis.stop();
        var up = meters.get("helmsman.live.redis.up").gauge();
        Awaitility.await("B to notice that Redis is down").atMost(Duration.ofSeconds(15)).until(() -> up.value() == 0);
        redis.start();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> reconnectsSeenByB.get() >= 1);

        var afterRestart = hint("after restart");
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
            instanceA.send(afterRestart);
            return receivedByB.contains(afterRestart);
        });
        assertThat(reconnectsSeenByB.get()).isEqualTo(1);
        assertThat(meters.counter("helmsman.live.redis.reconnects").count()).isEqualTo(1);
    }

    @Test
    void an_unreadable_message_is_dropped_and_the_listener_keeps_working() {
        var factory = new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(redis.url()));
        factory.afterPropertiesSet();
        factory.start();
        try {
            new StringRedisTemplate(factory).convertAndSend("test:live", "{not json");
            new StringRedisTemplate(factory).convertAndSend("test:live", "{\"topic\":\"tasks\"}");
        } finally {
            factory.destroy();
        }
        var valid = hint("still alive");
        instanceA.send(valid);

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> receivedByB.contains(valid));
        assertThat(receivedByB).containsExactly(valid);
        assertThat(meters.counter("helmsman.live.hints.dropped", "reason", "unreadable").count()).isEqualTo(2);
    }

}
