package app.helmsman.assist.internal;

import app.helmsman.assist.AssistSettings;
import app.helmsman.assist.Origin;
import app.helmsman.platform.AiUsageDaily;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * helmsman.assist.* metrics, each tagged by feature (extract, breakdown, classify): requests and their latency by
 * origin, provider calls by outcome and their latency, tokens in and out, estimated cost, errors, fallbacks by
 * reason, and repaired or dropped answer items; each answered provider call is also added to today's shared
 * {@link AiUsageDaily} totals.
 */
final class AssistMetrics {

    /** The fallback reason when a person's daily token allowance ({@code helmsman.assist.daily-tokens}) is used up. */
    static final String BUDGET_SPENT = "budget_spent";

    private final MeterRegistry registry;
    private final double inputPricePer1k;
    private final double outputPricePer1k;
    private final AiUsageDaily daily;

    AssistMetrics(MeterRegistry registry, AssistSettings settings) {
        this(registry, settings, null);
    }

    /** @param daily today's usage shared by every replica (the ops console's "AI today"); null counts on this instance only */
    AssistMetrics(MeterRegistry registry, AssistSettings settings, AiUsageDaily daily) {
        this.registry = registry;
        this.daily = daily;
        this.inputPricePer1k = settings.inputPricePer1k();
        this.outputPricePer1k = settings.outputPricePer1k();
        // Registered from the start, so dashboards and alerts find the series before the first request.
        for (Feature feature : Feature.values()) {
            for (Origin origin : Origin.values()) {
                requests(feature, origin);
                latency(feature, origin);
            }
            tokens(feature, "in");
            tokens(feature, "out");
            cost(feature);
            providerLatency(feature);
            for (ProviderFailure.Kind kind : ProviderFailure.Kind.values()) {
                errors(feature, kind);
            }
            // the reason the budget alert (HelmsmanAiBudgetSpent) counts; the other reasons appear when they happen
            fallbacks(feature, BUDGET_SPENT);
        }
    }

    /** One request answered, end to end in Helmsman (guardrails, provider, repair or the offline helper). */
    void answered(Feature feature, Origin origin, Duration took) {
        requests(feature, origin).increment();
        latency(feature, origin).record(took);
    }

    /** One provider call that answered. */
    void providerCall(Feature feature, Duration took, long tokensIn, long tokensOut) {
        providerLatency(feature).record(took);
        tokens(feature, "in").increment(tokensIn);
        tokens(feature, "out").increment(tokensOut);
        double cost = tokensIn / 1000.0 * inputPricePer1k + tokensOut / 1000.0 * outputPricePer1k;
        cost(feature).increment(cost);
        if (daily != null) {
            daily.add(tokensIn + tokensOut, cost);
        }
    }

    /** One provider call that failed, by the kind of failure. */
    void error(Feature feature, ProviderFailure.Kind kind) {
        errors(feature, kind).increment();
    }

    /** The offline helper answered instead of the provider, and why. */
    void fallback(Feature feature, String reason) {
        fallbacks(feature, reason).increment();
    }

    /** Items of an answer that had to be repaired or were dropped. */
    void repairs(Feature feature, int repaired, int dropped) {
        if (repaired > 0) {
            Counter.builder("helmsman.assist.repairs").tag("feature", feature.tag).tag("action", "repaired")
                    .register(registry).increment(repaired);
        }
        if (dropped > 0) {
            Counter.builder("helmsman.assist.repairs").tag("feature", feature.tag).tag("action", "dropped")
                    .register(registry).increment(dropped);
        }
    }

    private Timer providerLatency(Feature feature) {
        return Timer.builder("helmsman.assist.provider.latency").description("One provider call, sent to answered")
                .tag("feature", feature.tag).publishPercentileHistogram().register(registry);
    }

    private Counter errors(Feature feature, ProviderFailure.Kind kind) {
        return Counter.builder("helmsman.assist.errors").description("Provider calls that failed")
                .tag("feature", feature.tag).tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(registry);
    }

    private Counter fallbacks(Feature feature, String reason) {
        return Counter.builder("helmsman.assist.fallbacks").description("Requests the offline helper answered instead of the provider")
                .tag("feature", feature.tag).tag("reason", reason).register(registry);
    }

    private Counter requests(Feature feature, Origin origin) {
        return Counter.builder("helmsman.assist.requests").description("Assist requests answered")
                .tag("feature", feature.tag).tag("origin", origin.name().toLowerCase(Locale.ROOT)).register(registry);
    }

    private Timer latency(Feature feature, Origin origin) {
        return Timer.builder("helmsman.assist.latency").description("Assist requests, asked to answered")
                .tag("feature", feature.tag).tag("origin", origin.name().toLowerCase(Locale.ROOT))
                .publishPercentileHistogram().register(registry);
    }

    private Counter tokens(Feature feature, String direction) {
        return Counter.builder("helmsman.assist.tokens").description("Provider tokens").baseUnit("tokens")
                .tag("feature", feature.tag).tag("direction", direction).register(registry);
    }

    private Counter cost(Feature feature) {
        return Counter.builder("helmsman.assist.cost").description("Estimated provider cost at the configured prices")
                .baseUnit("usd").tag("feature", feature.tag).register(registry);
    }
}
