package app.helmsman.assist.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import app.helmsman.assist.AssistSettings;
import app.helmsman.assist.Origin;
import app.helmsman.assist.offline.Vocabulary;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import tools.jackson.databind.json.JsonMapper;

/**
 * End-to-end overhead that Helmsman adds to an AI provider call (see README.md): the latency of
 * {@code Assistant.extract(...)} (virtual-thread hand-off, guardrails, breaker, prompts, the openai-java client and
 * OkHttp, JSON, answer repair, metrics) minus the stub's own fixed delay, against a WireMock Chat Completions stub
 * on loopback that answers 20 fully-populated tasks. Not part of the build; compiled into this package to reach
 * the package-private wiring.
 *
 * <p>Arguments: samples per scenario (default 2000), stub delay in ms (default 100).
 */
public class ProviderOverheadBench {

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int delay = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        var json = JsonMapper.builder().build();
        var tasks = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 20; i++) {
            tasks.add(Map.ofEntries(Map.entry("title", "Call the plumber about the leak number " + i),
                    Map.entry("notes", "the tap in the kitchen drips again, since Monday"), Map.entry("estimateMinutes", 15),
                    Map.entry("energy", "LOW"), Map.entry("focus", "SOCIAL"), Map.entry("priority", 2),
                    Map.entry("doDate", "2026-12-04"), Map.entry("doTime", "09:30"), Map.entry("softDeadline", "2026-12-10"),
                    Map.entry("hardDeadline", "2026-12-20"), Map.entry("project", "Home"), Map.entry("tags", List.of("calls")),
                    Map.entry("dependsOn", i == 0 ? List.of() : List.of(i - 1))));
        }
        var body = json.writeValueAsString(Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1L,
                "model", "bench", "choices", List.of(Map.of("index", 0, "finish_reason", "stop", "message",
                        Map.of("role", "assistant", "content", json.writeValueAsString(Map.of("tasks", tasks))))),
                "usage", Map.of("prompt_tokens", 3000, "completion_tokens", 1500, "total_tokens", 4500)));
        String small = dumps().getFirst();
        String big = twoThousandWords(dumps());
        System.out.printf("answer %d bytes, 20 tasks; small dump %d words, big dump %d words%n", body.length(),
                words(small), words(big));

        var stub = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(20).disableRequestJournal());
        stub.start();
        try {
            for (int d : new int[] {0, delay}) {
                stub.resetAll();
                stub.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody(body).withFixedDelay(d)));
                var settings = new AssistSettings(true, stub.baseUrl() + "/v1", "bench", "sk-bench", Duration.ofSeconds(10),
                        1, Duration.ofMillis(10), Duration.ofSeconds(1), 1_000, Duration.ofSeconds(1), 1_000_000,
                        Long.MAX_VALUE, 0.15, 0.6, 4_000, "");
                var provider = AssistConfiguration.create(settings, new OfflineAssist(), new SimpleMeterRegistry(),
                        Clock.systemUTC(), Thread::sleep);
                var assistant = new Assistant(provider, SecurityContextHolder.getContextHolderStrategy(),
                        new SimpleMeterRegistry());
                for (var dump : List.of(small, big)) {
                    run(assistant, dump, 300); // warm-up
                    long[] nanos = run(assistant, dump, samples);
                    report("stub delay " + d + " ms, " + words(dump) + "-word dump", nanos, d);
                }
                assistant.destroy();
                provider.close();
            }
        } finally {
            stub.stop();
        }
    }

    static long[] run(Assistant assistant, String dump, int samples) throws Exception {
        var requester = new Requester(UUID.randomUUID(), ZonedDateTime.now(ZoneId.of("Europe/Berlin")),
                new Vocabulary(List.of("Home", "Work"), List.of("calls", "errands")), new SecurityContextImpl());
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            var result = assistant.extract(requester, dump).get(30, TimeUnit.SECONDS);
            nanos[i] = System.nanoTime() - start;
            if (result.origin() != Origin.PROVIDER || result.proposals().size() != 20) {
                throw new IllegalStateException("unexpected answer: " + result.origin() + " " + result.fallbackReason());
            }
        }
        return nanos;
    }

    static void report(String label, long[] nanos, int delayMs) {
        Arrays.sort(nanos);
        double delay = delayMs;
        System.out.printf("%-40s end to end p50 %6.2f ms, p95 %6.2f ms, p99 %6.2f ms; overhead beyond the stub's delay"
                        + " p50 %5.2f ms, p95 %5.2f ms, p99 %5.2f ms%n", label, ms(nanos, 0.50), ms(nanos, 0.95),
                ms(nanos, 0.99), ms(nanos, 0.50) - delay, ms(nanos, 0.95) - delay, ms(nanos, 0.99) - delay);
    }

    static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static List<String> dumps() throws Exception {
        try (var files = Files.list(Path.of("src/test/resources/assist/brain-dumps"))) {
            return files.sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    static String twoThousandWords(List<String> dumps) {
        var out = new StringBuilder();
        while (words(out.toString()) < 2_000) {
            for (String d : dumps) {
                out.append(d).append("\n\n");
                if (words(out.toString()) >= 2_000) {
                    break;
                }
            }
        }
        return out.toString();
    }

    static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
