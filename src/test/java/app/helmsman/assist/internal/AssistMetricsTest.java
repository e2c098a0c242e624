package app.helmsman.assist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.assist.AssistSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The AI dashboard and alerts (monitoring/) find every series they use before the first AI request. */
class AssistMetricsTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    AssistMetricsTest() {
        new AssistMetrics(registry, new AssistSettings(true, "", "m", "", Duration.ofSeconds(1), 1, Duration.ofMillis(1),
                Duration.ofSeconds(1), 1, Duration.ofSeconds(1), 10, 1000, 0.1, 0.2, 100, ""));
    }

    @Test
    void errors_fallbacks_and_provider_latency_exist_before_any_request() {
        for (Feature feature : Feature.values()) {
            assertThat(registry.find("helmsman.assist.errors").tags("feature", feature.tag, "kind", "server").counter())
                    .as("errors of %s", feature).isNotNull();
            assertThat(registry.find("helmsman.assist.fallbacks").tags("feature", feature.tag, "reason", "budget_spent").counter())
                    .as("budget fallbacks of %s", feature).isNotNull();
            assertThat(registry.find("helmsman.assist.provider.latency").tag("feature", feature.tag).timer())
                    .as("provider latency of %s", feature).isNotNull();
        }
        assertThat(registry.find("helmsman.assist.errors").counters()).allSatisfy(c -> assertThat(c.count()).isZero());
    }

    @Test
    void an_error_and_a_budget_fallback_count_on_the_series_registered_at_start() {
        var metrics = new AssistMetrics(registry, new AssistSettings(true, "", "m", "", Duration.ofSeconds(1), 1,
                Duration.ofMillis(1), Duration.ofSeconds(1), 1, Duration.ofSeconds(1), 10, 1000, 0.1, 0.2, 100, ""));
        metrics.error(Feature.EXTRACT, ProviderFailure.Kind.SERVER);
        metrics.fallback(Feature.EXTRACT, AssistMetrics.BUDGET_SPENT);
        assertThat(registry.find("helmsman.assist.errors").tags("feature", "extract", "kind", "server").counter().count()).isEqualTo(1);
        assertThat(registry.find("helmsman.assist.fallbacks").tags("feature", "extract", "reason", "budget_spent").counters()).hasSize(1);
        assertThat(registry.find("helmsman.assist.fallbacks").tags("feature", "extract", "reason", "budget_spent").counter().count())
                .isEqualTo(1);
    }
}
