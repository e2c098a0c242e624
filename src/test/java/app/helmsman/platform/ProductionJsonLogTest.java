package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The prod profile's log line (issue 18): Spring Boot's logging system, set up from application.properties and
 * application-prod.properties as the prod profile sees them, writes one JSON object per line to stdout with the
 * fields the log shipper parses (docs/deployment.md, "Logs"): timestamp, level, logger, message, service, and an
 * exception's type and stack trace; a line logged while serving a request also carries its trace id (ADR 0033),
 * the one answered in the response's {@code X-Request-Id}.
 */
class ProductionJsonLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProductionJsonLogTest.class.getResourceAsStream(resource)) {
            p.load(in);
        }
        return p;
    }

    /** A field by its ECS name, whether the formatter nests it ({"log":{"level":..}}) or not ("log.level"). */
    static JsonNode field(JsonNode line, String name) {
        JsonNode flat = line.get(name);
        return flat != null ? flat : line.at("/" + name.replace('.', '/'));
    }

    /**
     * Runs {@link Probe} in a JVM of its own (the logging system is global, and other tests in this JVM have set it
     * up their way) and returns the lines it wrote to stdout.
     */
    private static List<String> logThroughTheProdProfile() throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Probe.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe JVM ends").isTrue();
        assertThat(process.exitValue()).as("the probe JVM's exit code").isZero();
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Sets up Spring Boot's logging system as the prod profile sees it, then logs an info line and an error. */
    static final class Probe {

        public static void main(String[] args) throws IOException {
            var env = new StandardEnvironment();
            env.getPropertySources().addFirst(new PropertiesPropertySource("application", load("/application.properties")));
            env.getPropertySources().addFirst(new PropertiesPropertySource("application-prod", load("/application-prod.properties")));
            LoggingSystem system = LoggingSystem.get(Probe.class.getClassLoader());
            system.beforeInitialize();
            system.initialize(new LoggingInitializationContext(env), null, null);
            var log = LoggerFactory.getLogger("app.helmsman.platform.JsonLogProbe");
            log.info("Probe {} started", "json-log");
            log.error("Probe {} failed", "json-log", new IllegalStateException("boom"));
            var response = serveARequest(log);
            log.info("Answered with X-Request-Id {}", response.getHeader(RequestTraceFilter.RESPONSE_HEADER));
            system.cleanUp();
        }

        private static MockHttpServletResponse serveARequest(org.slf4j.Logger log) throws IOException {
            var filter = new RequestTraceFilter(new PlatformSettings("", "", "", "", 0, "", true, false));
            var response = new MockHttpServletResponse();
            try {
                filter.doFilter(new MockHttpServletRequest("POST", "/"), response, new MockFilterChain(new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest request, HttpServletResponse res) {
                        log.error("Probe request failed");
                    }
                }));
            } catch (ServletException e) {
                throw new IOException(e);
            }
            return response;
        }
    }

    @Test
    void aProdLogLineIsOneJsonObjectWithLevelLoggerMessageAndTheException() throws Exception {
        List<String> lines = logThroughTheProdProfile();
        assertThat(lines).as("every line on stdout is JSON").isNotEmpty().allSatisfy(l -> assertThat(JSON.readTree(l).isObject()).isTrue());
        List<JsonNode> ours = new ArrayList<>();
        for (String l : lines) {
            JsonNode node = JSON.readTree(l);
            if ("app.helmsman.platform.JsonLogProbe".equals(field(node, "log.logger").asText())) {
                ours.add(node);
            }
        }
        assertThat(ours).hasSize(4);
        JsonNode info = ours.getFirst();
        assertThat(field(info, "log.level").asText()).isEqualTo("INFO");
        assertThat(info.path("message").asText()).isEqualTo("Probe json-log started");
        assertThat(info.path("@timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(field(info, "service.name").asText()).isEqualTo("helmsman");
        assertThat(field(info, "process.thread.name").asText()).isNotBlank();
        JsonNode error = ours.get(1);
        assertThat(field(error, "log.level").asText()).isEqualTo("ERROR");
        assertThat(field(error, "error.type").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(field(error, "error.message").asText()).isEqualTo("boom");
        assertThat(field(error, "error.stack_trace").asText()).contains("ProductionJsonLogTest");
        assertThat(info.has(Trace.TRACE_ID)).as("no trace outside a request").isFalse();
    }

    @Test
    void aLineLoggedWhileServingARequestCarriesTheTraceIdTheResponseAnswers() throws Exception {
        List<JsonNode> ours = new ArrayList<>();
        for (String l : logThroughTheProdProfile()) {
            JsonNode node = JSON.readTree(l);
            if ("app.helmsman.platform.JsonLogProbe".equals(field(node, "log.logger").asText())) {
                ours.add(node);
            }
        }
        JsonNode during = ours.get(2);
        JsonNode after = ours.get(3);
        assertThat(during.path("message").asText()).isEqualTo("Probe request failed");
        assertThat(field(during, "log.level").asText()).isEqualTo("ERROR");
        assertThat(during.path("@timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        String traceId = during.path(Trace.TRACE_ID).asText();
        assertThat(traceId).as("the request's line names its trace").matches("[0-9a-f]{32}");
        assertThat(during.path(Trace.SPAN_ID).asText()).matches("[0-9a-f]{16}");
        assertThat(after.path("message").asText()).as("the response answered the same trace id")
                .isEqualTo("Answered with X-Request-Id " + traceId);
        assertThat(after.has(Trace.TRACE_ID)).as("the trace ends with the request").isFalse();
    }
}
