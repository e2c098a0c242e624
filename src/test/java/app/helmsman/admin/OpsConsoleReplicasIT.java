package app.helmsman.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.helmsman.Application;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.live.LiveReplicas;
import app.helmsman.live.RedisForTests;
import app.helmsman.platform.AiUsageDaily;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The live metrics panel across replicas: two instances sharing one PostgreSQL and one Redis each report their
 * figures; either instance's panel lists both with their total, a replica that stops leaves the list once its last
 * report expires (a 3-second TTL here), and AI use today adds up over both and starts at zero on a new UTC day.
 */
@IntegrationTest
class OpsConsoleReplicasIT {

    static final RedisForTests redis;
    static final String TTL = "3s";

    static {
        try {
            redis = new RedisForTests();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void redisUrl(DynamicPropertyRegistry properties) {
        properties.add("helmsman.live.redis-url", redis::url);
        properties.add("helmsman.live.instance-name", () -> "replica-a");
        properties.add("helmsman.live.replica-interval", () -> "500ms");
        properties.add("helmsman.live.replica-ttl", () -> TTL);
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    MetricsService metricsOnA;
    @Autowired
    AiUsageDaily aiUsageOnA;

    @AfterEach
    void cleanUp() {
        fixtures.signOut();
        clock.reset();
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    static ConfigurableApplicationContext startInstanceB() {
        return new SpringApplicationBuilder(Application.class).profiles("test").run("--server.port=0", "--management.server.port=0",
                "--helmsman.live.redis-url=" + redis.url(), "--helmsman.live.instance-name=replica-b", "--helmsman.live.replica-interval=500ms",
                "--helmsman.live.replica-ttl=" + TTL);
    }

    /** Signs the same admin in on instance B's own security context, for calls into B's services on this thread. */
    private void signInOn(ConfigurableApplicationContext instance) {
        var strategy = instance.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class);
        var context = strategy.createEmptyContext();
        context.setAuthentication(fixtures.authentication());
        strategy.setContext(context);
    }

    private static Map<String, LiveReplicas.Replica> byName(LiveReplicas.Replicas replicas) {
        return replicas.replicas().stream().collect(Collectors.toMap(LiveReplicas.Replica::name, r -> r));
    }

    @Test
    void both_replicas_figures_and_their_total_show_on_either_instance_and_a_stopped_replica_leaves_within_the_ttl() {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        var instanceB = startInstanceB();
        try {
            // a window open on instance B
            com.github.mvysny.kaributesting.v10.MockVaadin.setup(com.vaadin.flow.component.UI::new,
                    new com.github.mvysny.kaributesting.v10.spring.MockSpringServlet(
                            new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("app.helmsman"), instanceB,
                            com.vaadin.flow.component.UI::new));
            fixtures.signIn("root@example.com");
            await("instance B's report, with its window, on instance A").atMost(Duration.ofSeconds(10)).pollInSameThread()
                    .until(() -> byName(metricsOnA.read(null).replicas()).containsKey("replica-b")
                            && byName(metricsOnA.read(null).replicas()).get("replica-b").windows() >= 1);

            var onA = metricsOnA.read(null).replicas();
            var replicas = byName(onA);
            assertThat(onA.problem()).isNull();
            assertThat(replicas.get("replica-a").thisInstance()).isTrue();
            assertThat(replicas.get("replica-b").thisInstance()).isFalse();
            assertThat(replicas.get("replica-b").heapUsedBytes()).isPositive();
            assertThat(replicas.get("replica-b").age()).isLessThanOrEqualTo(Duration.ofSeconds(3));
            assertThat(onA.heapUsedBytes()).isEqualTo(replicas.get("replica-a").heapUsedBytes() + replicas.get("replica-b").heapUsedBytes());
            assertThat(onA.windows()).isEqualTo(replicas.get("replica-a").windows() + replicas.get("replica-b").windows());

            signInOn(instanceB);
            var onB = instanceB.getBean(MetricsService.class).read(null).replicas();
            assertThat(byName(onB).keySet()).contains("replica-a", "replica-b");
            assertThat(byName(onB).get("replica-b").thisInstance()).isTrue();
            assertThat(byName(onB).get("replica-a").thisInstance()).isFalse();
        } finally {
            com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
            instanceB.close();
        }
        var stopped = System.nanoTime();

        await("instance B to leave the list once its last report expires").atMost(Duration.ofSeconds(15)).pollInSameThread()
                .until(() -> !byName(metricsOnA.read(null).replicas()).containsKey("replica-b"));
        System.out.printf("OPS: a stopped replica left the list after %d ms (TTL %s)%n", Duration.ofNanos(System.nanoTime() - stopped).toMillis(), TTL);
        assertThat(byName(metricsOnA.read(null).replicas())).containsKey("replica-a");
    }

    @Test
    void without_redis_the_panel_says_so_and_still_shows_this_instance() throws java.io.IOException {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        fixtures.signIn("root@example.com");
        redis.stop();
        try {
            var replicas = metricsOnA.read(null).replicas();
            assertThat(replicas.problem()).contains("Redis cannot be reached");
            assertThat(replicas.replicas()).singleElement().satisfies(r -> {
                assertThat(r.name()).isEqualTo("replica-a");
                assertThat(r.thisInstance()).isTrue();
            });
        } finally {
            redis.start();
        }
        await("the list to be shared again once Redis is back").atMost(Duration.ofSeconds(15)).pollInSameThread()
                .until(() -> metricsOnA.read(null).replicas().problem() == null);
    }

    @Test
    void ai_use_from_two_instances_adds_up_today_and_a_new_utc_day_starts_at_zero() {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        var now = java.time.Instant.now();
        clock.set(now);
        var instanceB = startInstanceB();
        try {
            aiUsageOnA.add(1_000, 0.0010);
            instanceB.getBean(AiUsageDaily.class).add(500, 0.0005); // B counts by its own (system) clock: the same UTC day
            instanceB.getBean(AiUsageDaily.class).add(250, 0.0002);
            fixtures.signIn("root@example.com");

            assertThat(aiToday(metricsOnA)).containsExactly("3", "1,750", "0.0017 USD");
            signInOn(instanceB);
            assertThat(aiToday(instanceB.getBean(MetricsService.class))).containsExactly("3", "1,750", "0.0017 USD");

            clock.set(now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1)).plusSeconds(1)); // just after midnight UTC
            assertThat(aiToday(metricsOnA)).containsExactly("0", "0", "0.0000 USD");
            aiUsageOnA.add(40, 0.00004);
            assertThat(aiToday(metricsOnA)).containsExactly("1", "40", "0.0000 USD");
        } finally {
            instanceB.close();
        }
    }

    private static java.util.List<String> aiToday(MetricsService metrics) {
        var figures = metrics.read(null).figures().stream().collect(Collectors.toMap(MetricsService.Figure::name, MetricsService.Figure::value));
        return java.util.List.of(figures.get("AI provider calls today (UTC, every replica)"), figures.get("AI tokens today (UTC, every replica)"),
                figures.get("AI estimated cost today (UTC, every replica)"));
    }
}
