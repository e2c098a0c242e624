package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The prod profile's log line (issue 18): Spring Boot's logging system, set up from application.properties and
 * application-prod.properties as the prod profile sees them, writes one JSON object per line to stdout with the
 * fields the log shipper parses (docs/deployment.md, "Logs"): timestamp, level, logger, message, service, and an
 * exception's type and stack trace.
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

    private static List<String> logThroughTheProdProfile(Runnable logging) throws IOException {
        var env = new StandardEnvironment();
        env.getPropertySources().addFirst(new PropertiesPropertySource("application", load("/application.properties")));
        env.getPropertySources().addFirst(new PropertiesPropertySource("application-prod", load("/application-prod.properties")));
        LoggingSystem system = LoggingSystem.get(ProductionJsonLogTest.class.getClassLoader());
        PrintStream original = System.out;
        var captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            system.beforeInitialize();
            system.initialize(new LoggingInitializationContext(env), null, null);
            logging.run();
        } finally {
            System.setOut(original);
            system.cleanUp();
            // back to the plain console format for the tests that run after this one in the same JVM
            system.beforeInitialize();
            system.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
        }
        List<String> lines = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void aProdLogLineIsOneJsonObjectWithLevelLoggerMessageAndTheException() throws IOException {
        List<String> lines = logThroughTheProdProfile(() -> {
            var log = LoggerFactory.getLogger("app.helmsman.platform.JsonLogProbe");
            log.info("Probe {} started", "json-log");
            log.error("Probe {} failed", "json-log", new IllegalStateException("boom"));
        });
        // other tests' threads in the same JVM may write to stdout meanwhile (not through this logging set-up): only the
        // probe's own lines are judged, and each of them must be one JSON object
        List<String> probeLines = lines.stream().filter(l -> l.contains("JsonLogProbe")).toList();
        assertThat(probeLines).as("the probe's lines on stdout, each one JSON object").isNotEmpty()
                .allSatisfy(l -> assertThat(JSON.readTree(l).isObject()).isTrue());
        List<JsonNode> ours = new ArrayList<>();
        for (String l : probeLines) {
            JsonNode node = JSON.readTree(l);
            if ("app.helmsman.platform.JsonLogProbe".equals(field(node, "log.logger").asText())) {
                ours.add(node);
            }
        }
        assertThat(ours).hasSize(2);
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
    }
}
