package app.helmsman.assist;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the assist module ({@code helmsman.assist.*}); see docs/adr/0007-ai-provider.md.
 *
 * @param enabled the global kill switch ({@code FEATURE_AI_SUGGESTIONS}): false means the provider is never called and
 *     the offline helpers answer, telling the person why
 * @param baseUrl the OpenAI-compatible API ({@code HELMSMAN_AI_BASE_URL}, e.g. {@code http://localhost:11434/v1} for
 *     Ollama); blank means OpenAI's own when a key is set
 * @param model the model name ({@code HELMSMAN_AI_MODEL})
 * @param apiKey the API key ({@code OPENAI_API_KEY}); with neither a key nor a base URL there is no provider
 * @param timeout how long one provider call may take, connect to last byte
 * @param maxAttempts calls per request, the first included, when the provider answers 408, 429 or 5xx
 * @param backoff the wait before the first retry when the provider sends no {@code Retry-After}; doubled each time
 * @param maxRetryWait the longest wait before a retry; a longer {@code Retry-After} means falling back at once
 * @param breakerFailures consecutive failed requests that open the circuit breaker
 * @param breakerCoolDown how long the open breaker sends everyone to the offline helpers before one trial call
 * @param requestsPerMinute provider requests one person may make per minute
 * @param dailyTokens tokens (in and out) one person may use per day, counted in their time zone
 * @param inputPricePer1k the price of 1,000 input tokens, for the estimated-cost metric
 * @param outputPricePer1k the price of 1,000 output tokens
 * @param maxOutputTokens the most tokens one answer may have
 * @param redisUrl Redis shared by the replicas for the rate limit and budget ({@code REDIS_URL}); blank means in memory
 */
@ConfigurationProperties("helmsman.assist")
public record AssistSettings(@DefaultValue("true") boolean enabled, String baseUrl,
                             @DefaultValue("gpt-4o-mini") String model, String apiKey,
                             @DefaultValue("20s") Duration timeout, @DefaultValue("3") int maxAttempts,
                             @DefaultValue("500ms") Duration backoff, @DefaultValue("10s") Duration maxRetryWait,
                             @DefaultValue("5") int breakerFailures, @DefaultValue("60s") Duration breakerCoolDown,
                             @DefaultValue("10") int requestsPerMinute, @DefaultValue("100000") long dailyTokens,
                             @DefaultValue("0.00015") double inputPricePer1k,
                             @DefaultValue("0.0006") double outputPricePer1k,
                             @DefaultValue("4000") int maxOutputTokens, String redisUrl) {

    public AssistSettings {
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        apiKey = apiKey == null ? "" : apiKey.strip();
        redisUrl = redisUrl == null ? "" : redisUrl.strip();
        model = model == null || model.isBlank() ? "gpt-4o-mini" : model.strip();
        maxAttempts = Math.max(1, maxAttempts);
        breakerFailures = Math.max(1, breakerFailures);
    }

    /** Whether a provider is configured at all: a key, a base URL or both. */
    public boolean providerConfigured() {
        return !apiKey.isEmpty() || !baseUrl.isEmpty();
    }

    public boolean usesRedis() {
        return !redisUrl.isEmpty();
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "AssistSettings[enabled=" + enabled + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isEmpty() ? "" : "***") + ", timeout=" + timeout + ", maxAttempts=" + maxAttempts
                + ", requestsPerMinute=" + requestsPerMinute + ", dailyTokens=" + dailyTokens + ", redis="
                + usesRedis() + "]";
    }
}
