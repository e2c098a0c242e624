package app.helmsman.assist.internal;

import static app.helmsman.assist.internal.ProviderStub.completionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.helmsman.assist.Origin;
import app.helmsman.live.RedisForTests;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rate limit and the token budget shared by two replicas through a real redis-server: what one replica spends,
 * the other sees; and without Redis the guardrails fail closed, to the offline helpers.
 */
class RedisUsageLimitsIT {

    static final UUID ADA = UUID.randomUUID();
    static final Map<String, Object> ANSWER = Map.of("tasks", List.of(Map.of("title", "Buy compost")));

    final ProviderStub stub = new ProviderStub();
    RedisForTests redis;
    ProviderAssist replicaA;
    ProviderAssist replicaB;

    @BeforeEach
    void start() throws Exception {
        redis = new RedisForTests();
        stub.answer(completionOf(ANSWER));
    }

    @AfterEach
    void stop() throws Exception {
        for (var replica : new ProviderAssist[] {replicaA, replicaB}) {
            if (replica != null) {
                replica.close();
            }
        }
        redis.close();
        stub.close();
    }

    void replicas(int perMinute, long dailyTokens) {
        var settings = stub.settings(true, Duration.ofSeconds(2), 1, 3, perMinute, dailyTokens, redis.url());
        replicaA = stub.assist(settings);
        replicaB = stub.assist(settings);
    }

    @Test
    void requests_on_two_replicas_count_against_one_rate_limit() {
        replicas(2, 1_000_000);
        assertThat(replicaA.extract(ProviderStub.requester(ADA), "buy compost", new Abort()).origin()).isEqualTo(Origin.PROVIDER);
        assertThat(replicaB.extract(ProviderStub.requester(ADA), "buy compost", new Abort()).origin()).isEqualTo(Origin.PROVIDER);

        var third = replicaA.extract(ProviderStub.requester(ADA), "buy compost", new Abort());

        assertThat(third.origin()).isEqualTo(Origin.OFFLINE);
        assertThat(third.fallbackReason()).hasValueSatisfying(r -> assertThat(r).contains("many times in the last minute"));
        assertThat(stub.calls()).isEqualTo(2);
    }

    @Test
    void tokens_spent_on_one_replica_use_up_the_budget_on_the_other() {
        replicas(100, 300);
        replicaA.extract(ProviderStub.requester(ADA), "buy compost", new Abort()); // 160 tokens
        replicaB.extract(ProviderStub.requester(ADA), "buy compost", new Abort()); // 320 tokens

        var third = replicaB.extract(ProviderStub.requester(ADA), "buy compost", new Abort());
        var other = replicaA.extract(ProviderStub.requester(UUID.randomUUID()), "buy compost", new Abort());

        assertThat(third.origin()).isEqualTo(Origin.OFFLINE);
        assertThat(third.fallbackReason()).hasValueSatisfying(r -> assertThat(r).contains("allowance is used up"));
        assertThat(other.origin()).isEqualTo(Origin.PROVIDER);
        assertThat(stub.calls()).isEqualTo(3);
    }

    @Test
    void without_redis_the_guardrails_fail_closed_and_recover_when_it_returns() throws Exception {
        replicas(100, 1_000_000);
        redis.stop();

        var whileDown = replicaA.extract(ProviderStub.requester(ADA), "buy compost", new Abort());

        assertThat(whileDown.origin()).isEqualTo(Origin.OFFLINE);
        assertThat(whileDown.fallbackReason()).hasValueSatisfying(r -> assertThat(r).contains("limits cannot be checked"));
        assertThat(stub.calls()).isZero();

        redis.start();
        // Lettuce reconnects on its own; until it has, the guardrails keep failing closed.
        await("the provider path to be used again").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> replicaA.extract(ProviderStub.requester(ADA), "buy compost", new Abort()).origin() == Origin.PROVIDER);
    }
}
