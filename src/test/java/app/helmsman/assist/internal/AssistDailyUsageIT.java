package app.helmsman.assist.internal;

import static app.helmsman.assist.internal.ProviderStub.completionOf;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.assist.Origin;
import app.helmsman.platform.AiUsageDaily;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every answered provider call is added to today's shared AI usage (the ops console's "AI today"); the offline helper is not. */
@IntegrationTest
class AssistDailyUsageIT {

    @Autowired
    AiUsageDaily daily;
    @Autowired
    Fixtures fixtures;

    final ProviderStub stub = new ProviderStub();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void an_answered_provider_call_adds_one_call_its_tokens_and_its_cost_to_today() throws Exception {
        fixtures.resetDatabase();
        stub.answer(completionOf(Map.of("tasks", List.of(Map.of("title", "Buy compost")))));
        try (var assist = AssistConfiguration.create(stub.settings(), new OfflineAssist(), stub.registry, stub.clock, stub.waits::add, daily)) {
            var answer = assist.extract(ProviderStub.requester(UUID.randomUUID()), "buy compost", new Abort());

            assertThat(answer.origin()).isEqualTo(Origin.PROVIDER);
            var today = daily.on(daily.today());
            assertThat(today.requests()).isEqualTo(1);
            assertThat(today.tokens()).isEqualTo((long) stub.registry.find("helmsman.assist.tokens").counters().stream().mapToDouble(c -> c.count()).sum())
                    .isPositive();
            assertThat(today.costUsd()).isPositive();
        }
    }
}
