package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.helmsman.Application;
import app.helmsman.IntegrationTest;
import app.helmsman.WebClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The operator's view: probes on the main port, metrics only on the management port, nothing else exposed. */
@IntegrationTest
class ProbesAndMetricsIT {

    @LocalServerPort
    int port;
    @Value("${local.management.port}")
    int managementPort;

    @Test
    void liveness_and_readiness_answer_on_the_main_port_without_signing_in() {
        var app = new WebClient("http://localhost:" + port);

        assertThat(app.get("/livez").statusCode()).isEqualTo(200);
        assertThat(app.get("/readyz").statusCode()).isEqualTo(200);
        assertThat(app.get("/readyz").body()).contains("\"UP\"");
    }

    @Test
    void prometheus_metrics_are_served_on_the_management_port_only() {
        new WebClient("http://localhost:" + port).get("/login");
        var management = new WebClient("http://localhost:" + managementPort);
        var scrape = management.get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("helmsman_accounts_logins_total{").contains("helmsman_accounts_users")
                .contains("http_server_requests_seconds_bucket").contains("hikaricp_connections_active").contains("jvm_memory_used_bytes");
        // the jobs' failure counters exist at 0 from start-up, so alerts on them have a series before the first failure
        assertThat(scrape.body()).containsPattern("helmsman_jobs_item_failures_total\\{[^}]*job=\"recurrence\"")
                .containsPattern("helmsman_jobs_item_failures_total\\{[^}]*job=\"purge\"")
                .containsPattern("helmsman_jobs_run_seconds_count\\{[^}]*job=\"recurrence\"");
        var main = new WebClient("http://localhost:" + port).get("/actuator/prometheus");
        assertThat(main.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void vaadin_requests_are_told_apart_in_the_request_metrics() {
        var app = new WebClient("http://localhost:" + port);
        app.get("/VAADIN/build/does-not-matter.js");
        app.get("/VAADIN/push?v-r=push");
        var scrape = new WebClient("http://localhost:" + managementPort).get("/actuator/prometheus").body();

        assertThat(scrape).contains("uri=\"/VAADIN/**\"").contains("uri=\"/VAADIN/push\"")
                .contains("helmsman_live_push_connections").contains("helmsman_live_ui_active").contains("helmsman_live_fanout_latency_seconds")
                .contains("helmsman_live_users_active").contains("helmsman_tasks_added_total").contains("helmsman_tasks_completed_total");
    }

    @Test
    void no_other_actuator_endpoint_is_exposed() {
        var management = new WebClient("http://localhost:" + managementPort);

        for (var endpoint : new String[] {"env", "beans", "configprops", "heapdump", "threaddump", "loggers", "mappings"}) {
            var response = management.get("/actuator/" + endpoint);
            // Not exposed: the security chain answers before the (absent) endpoint would.
            assertThat(response.statusCode()).as(endpoint).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(endpoint).doesNotContain("propertySources").doesNotContain("\"beans\"");
        }
        assertThat(management.get("/actuator/health").body()).doesNotContain("components");
    }

    @Test
    void readiness_goes_down_when_postgresql_is_unreachable_while_liveness_stays_up() throws Exception {
        var database = EmbeddedPostgres.builder().start();
        try (var instance = new SpringApplicationBuilder(Application.class).profiles("test").run("--server.port=0", "--management.server.port=0",
                "--helmsman.platform.database-url=" + database.getJdbcUrl("postgres", "postgres"),
                "--helmsman.platform.database-username=postgres")) {
            var app = new WebClient("http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort());
            assertThat(app.get("/readyz").statusCode()).isEqualTo(200);

            database.close();

            await("readiness to go down").atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                    .until(() -> app.get("/readyz").statusCode(), status -> status == 503);
            assertThat(app.get("/livez").statusCode()).isEqualTo(200);
        }
    }
}
