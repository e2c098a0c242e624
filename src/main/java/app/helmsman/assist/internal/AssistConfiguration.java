package app.helmsman.assist.internal;

import app.helmsman.assist.AssistSettings;
import app.helmsman.live.RedisConnections;
import app.helmsman.platform.AiUsageDaily;
import app.helmsman.platform.FeatureFlags;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Wires the provider path from {@link AssistSettings}: client, resilience, guardrails (Redis or memory), metrics. */
@Configuration(proxyBeanMethods = false)
class AssistConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AssistConfiguration.class);

    @Bean(destroyMethod = "close")
    ProviderAssist providerAssist(AssistSettings settings, OfflineAssist offline, MeterRegistry registry, Clock clock, FeatureFlags flags,
                                  AiUsageDaily daily) {
        log.info("Assist: {}", settings.providerConfigured()
                ? "AI provider " + (settings.baseUrl().isEmpty() ? "OpenAI" : withoutCredentials(settings.baseUrl())) + ", model "
                        + settings.model() + (settings.enabled() ? "" : " (switched off by FEATURE_AI_SUGGESTIONS)")
                : "no AI provider configured, offline helpers only");
        var assist = create(settings, offline, registry, clock, Thread::sleep, daily);
        // FEATURE_AI_SUGGESTIONS is the flag's default; the ops console can switch it for every replica at run time.
        assist.switchedOnBy(() -> flags.enabled(FeatureFlags.Flag.AI_SUGGESTIONS));
        return assist;
    }

    /** The AI provider in the health checks ("aiProvider"); not part of readiness: people get the offline helper. */
    @Bean
    org.springframework.boot.health.contributor.HealthIndicator aiProviderHealthIndicator(ProviderAssist assist) {
        return assist::health;
    }

    /** The URL without any user:password part, for the log. */
    static String withoutCredentials(String url) {
        return url.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", "$1");
    }

    /** The provider path; also what tests build with their own settings, clock and sleeper. */
    static ProviderAssist create(AssistSettings settings, OfflineAssist offline, MeterRegistry registry, Clock clock,
                                 ProviderCalls.Sleeper sleeper) {
        return create(settings, offline, registry, clock, sleeper, null);
    }

    /** As above, adding each answered provider call to today's shared totals when {@code daily} is not null. */
    static ProviderAssist create(AssistSettings settings, OfflineAssist offline, MeterRegistry registry, Clock clock,
                                 ProviderCalls.Sleeper sleeper, AiUsageDaily daily) {
        var metrics = new AssistMetrics(registry, settings, daily);
        if (!settings.providerConfigured()) {
            return new ProviderAssist(settings, null, null, new Prompts(), offline, metrics, clock, null);
        }
        var client = new ProviderClient(settings, clock);
        var breaker = new CircuitBreaker(settings.breakerFailures(), settings.breakerCoolDown(), clock);
        var calls = new ProviderCalls(client, breaker, metrics, settings, sleeper);
        UsageLimits limits;
        AutoCloseable resources;
        if (settings.usesRedis()) {
            var factory = connectionFactory(settings.redisUrl());
            limits = new RedisUsageLimits(new StringRedisTemplate(factory), settings.requestsPerMinute(), settings.dailyTokens());
            resources = () -> {
                client.close();
                factory.destroy();
            };
        } else {
            limits = new InMemoryUsageLimits(settings.requestsPerMinute(), settings.dailyTokens());
            resources = client;
        }
        return new ProviderAssist(settings, calls, limits, new Prompts(), offline, metrics, clock, resources);
    }

    /** Redis connections that fail fast while Redis is away, so a request falls back within a second or two. */
    private static LettuceConnectionFactory connectionFactory(String url) {
        return RedisConnections.start(url, Duration.ofSeconds(1), null);
    }
}
