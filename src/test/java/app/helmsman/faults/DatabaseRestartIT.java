package app.helmsman.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.helmsman.Fixtures;
import app.helmsman.WebClient;
import app.helmsman.tasks.TaskService;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * PostgreSQL restarts under a load of real sign-ins (HTTP) and edits (task service, signed in): requests
 * fail fast and calmly while it is down, readiness goes 503, the pool reconnects by itself, and no edit
 * is half written.
 */
class DatabaseRestartIT {

    private static final Instant START = Instant.EPOCH;

    @Test
    void while_postgresql_restarts_requests_fail_fast_and_calmly_then_recover_by_themselves_with_no_half_writes() throws Exception {
        try (var postgres = new ControlledPostgres(); var app = Instance.start(postgres.jdbcUrl(), null)) {
            var fixtures = app.bean(Fixtures.class);
            fixtures.admin("root@example.com"); // without an admin, the sign-in page sends everyone to /setup
            fixtures.user("ada@example.com");
            fixtures.signIn("ada@example.com");
            var ada = fixtures.authentication();
            fixtures.signOut();
            List<String> uncalm = new CopyOnWriteArrayList<>();
            List<String> tried = new CopyOnWriteArrayList<>();
            Map<UUID, String> acknowledged = new ConcurrentHashMap<>();
            var probe = new WebClient(app.baseUrl());
            var adasBrowser = new WebClient(app.baseUrl());
            assertThat(WebClient.location(adasBrowser.signIn("ada@example.com", Fixtures.PASSWORD))).doesNotContain("/login");

            Instant down;
            Instant detected;
            Instant up;
            Instant ready;
            Instant editsBack;
            Instant signInsBack;
            var load = new LoadLoop()
                    .add("sign-in", Steps.signIn(app::baseUrl, "ada@example.com", uncalm))
                    .add("browse", Steps.browse(adasBrowser, uncalm))
                    .add("edit", Steps.edit(app.bean(TaskService.class), app.bean(SecurityContextHolderStrategy.class), ada, new AtomicInteger(),
                            tried, acknowledged));
            try (load) {
                await().atMost(Duration.ofSeconds(60)).until(() -> load.ok("edit", START, Instant.now()) >= 5 && load.ok("sign-in", START, Instant.now()) >= 2
                        && load.ok("browse", START, Instant.now()) >= 2);

                down = Instant.now();
                postgres.stop();
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                        .until(() -> Steps.check(probe.get("/readyz"), uncalm).statusCode() == 503);
                detected = Instant.now();
                // Down long enough for the load to run into it several times.
                await().atMost(Duration.ofSeconds(90))
                        .until(() -> load.failed("edit", down, Instant.now()) >= 3 && load.failed("sign-in", down, Instant.now()) >= 2
                                && load.attempts("browse").stream().filter(b -> b.startedAt().isAfter(down)).count() >= 10);

                up = Instant.now();
                postgres.start();
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> probe.get("/readyz").statusCode() == 200);
                ready = Instant.now();
                await().atMost(Duration.ofSeconds(30)).until(() -> load.ok("edit", up, Instant.now()) >= 5 && load.ok("sign-in", up, Instant.now()) >= 2
                        && load.ok("browse", up, Instant.now()) >= 2);
                editsBack = load.firstOkAfter("edit", up);
                signInsBack = load.firstOkAfter("sign-in", up);
            }
            var end = Instant.now();

            System.out.printf("FAULTS: postgresql-restart detect=%dms (readyz 503) readyAgain=%dms editsBack=%dms signInsBack=%dms after start;"
                            + " during outage failed edits=%d sign-ins=%d, slowest failure edit=%dms sign-in=%dms; after: ok edits=%d sign-ins=%d;"
                            + " browsing the open session failed=%d ok=%d during, ok=%d after; acknowledged=%d tried=%d%n",
                    ms(down, detected), ms(up, ready), ms(up, editsBack), ms(up, signInsBack),
                    load.failed("edit", down, up), load.failed("sign-in", down, up),
                    load.slowestFailure("edit").toMillis(), load.slowestFailure("sign-in").toMillis(),
                    load.ok("edit", up, end), load.ok("sign-in", up, end),
                    load.failed("browse", down, up), load.ok("browse", down, up), load.ok("browse", up, end), acknowledged.size(), tried.size());
            System.out.println("FAULTS: postgresql-restart problems seen: edit=" + load.problems("edit") + " sign-in=" + load.problems("sign-in")
                    + " browse=" + load.problems("browse"));

            assertThat(uncalm).as("answers while PostgreSQL was down").isEmpty();
            // Fail fast: the pool gives up after its connection timeout (5 s), not after a hang.
            assertThat(load.slowestFailure("edit")).isLessThan(Duration.ofSeconds(10));
            assertThat(load.slowestFailure("sign-in")).isLessThan(Duration.ofSeconds(10));
            assertThat(load.slowestFailure("browse")).isLessThan(Duration.ofSeconds(10));
            // While it was down, sign-in was refused with the sign-in page's message, not with an error page.
            assertThat(load.problems("sign-in")).anyMatch(problem -> problem.startsWith("sign-in 302") && problem.endsWith("/login?error"));
            assertNoHalfWrites(postgres, acknowledged, tried);
        }
    }

    /** Every acknowledged edit is there whole; an edit that failed is there whole or not at all. */
    private static void assertNoHalfWrites(ControlledPostgres postgres, Map<UUID, String> acknowledged, List<String> tried) throws Exception {
        Map<String, Integer> tagsByTitle = new ConcurrentHashMap<>();
        List<UUID> ids = new ArrayList<>();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", null);
             var rows = connection.createStatement().executeQuery(
                     "select t.id, t.title, (select count(*) from task_tags tt where tt.task_id = t.id) from tasks t where t.title like 'edit-%'")) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
                tagsByTitle.merge(rows.getString(2), rows.getInt(3), Integer::sum);
            }
        }
        assertThat(ids).containsAll(acknowledged.keySet());
        assertThat(tagsByTitle).allSatisfy((title, tags) -> assertThat(tags).as(title).isEqualTo(Steps.TAGS_PER_EDIT));
        assertThat(tried).containsAll(tagsByTitle.keySet());
    }

    private static long ms(Instant from, Instant to) {
        return to == null ? -1 : Duration.between(from, to).toMillis();
    }
}
