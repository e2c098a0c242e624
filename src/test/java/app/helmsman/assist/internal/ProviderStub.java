package app.helmsman.assist.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import app.helmsman.assist.AssistSettings;
import app.helmsman.assist.offline.Vocabulary;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.security.core.context.SecurityContextImpl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WireMock server that speaks the Chat Completions protocol, and a {@link ProviderAssist} with the real openai-java
 * client pointed at it, for tests. The sleeper records the waits between retries (and really waits, briefly).
 */
final class ProviderStub implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PATH = "/v1/chat/completions";
    static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    ProviderStub() {
        server.start();
    }

    String baseUrl() {
        return server.baseUrl() + "/v1";
    }

    /** Settings for the stub: 3 attempts, 2 s timeout, breaker after 3 failures, generous limits. */
    AssistSettings settings() {
        return settings(true, Duration.ofSeconds(2), 3, 3, 100, 1_000_000, "");
    }

    AssistSettings settings(boolean enabled, Duration timeout, int maxAttempts, int breakerFailures, int perMinute,
                            long dailyTokens, String redisUrl) {
        return new AssistSettings(enabled, baseUrl(), "test-model", "sk-test-not-a-secret", timeout, maxAttempts,
                Duration.ofMillis(10), Duration.ofSeconds(5), breakerFailures, Duration.ofMinutes(1), perMinute,
                dailyTokens, 0.5, 1.5, 1000, redisUrl);
    }

    ProviderAssist assist(AssistSettings settings) {
        // The back-off is recorded, not waited out: tests assert the waits asked for, not elapsed time.
        return AssistConfiguration.create(settings, new OfflineAssist(), registry, clock, waits::add);
    }

    static Requester requester(UUID user) {
        return new Requester(user, ZonedDateTime.ofInstant(NOW, ZONE),
                new Vocabulary(List.of("Garden", "Work"), List.of("errands", "calls")), new SecurityContextImpl());
    }

    /** A completion whose message content is {@code content}, costing 120 tokens in and 40 out. */
    static ResponseDefinitionBuilder completion(String content) {
        var body = Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1_764_752_400L, "model", "test-model",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 120, "completion_tokens", 40, "total_tokens", 160));
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(JSON.writeValueAsString(body));
    }

    static ResponseDefinitionBuilder completionOf(Object answer) {
        return completion(JSON.writeValueAsString(answer));
    }

    void answer(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(response));
    }

    /** First {@code first}, then {@code then} for every later call. */
    void answerInTurn(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        server.stubFor(post(urlEqualTo(PATH)).inScenario("turns").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("later"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("turns").whenScenarioStateIs("later").willReturn(then));
    }

    int calls() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(PATH))).size();
    }

    /** The request body of the last call. */
    JsonNode lastRequest() {
        var all = server.getAllServeEvents();
        return JSON.readTree(all.getFirst().getRequest().getBodyAsString());
    }

    double counter(String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Override
    public void close() {
        server.stop();
    }
}
