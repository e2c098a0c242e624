package app.helmsman.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.helmsman.Fixtures;
import app.helmsman.WebClient;
import app.helmsman.accounts.internal.DeviceScopedRememberMeServices;
import app.helmsman.tasks.TaskService;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL; instance A runs in its own process and is killed (SIGKILL) while a
 * person edits through it and others sign in. People continue on instance B through their persistent
 * login, and every edit A acknowledged is there.
 */
class InstanceKillIT {

    private static final Instant START = Instant.EPOCH;

    @Test
    void when_one_of_two_instances_is_killed_its_people_continue_on_the_other_through_their_persistent_login_and_nothing_saved_is_lost()
            throws Exception {
        try (var postgres = new ControlledPostgres(); var b = Instance.start(postgres.jdbcUrl(), null)) {
            var fixtures = b.bean(Fixtures.class);
            fixtures.admin("root@example.com"); // without an admin, the sign-in page sends everyone to /setup
            fixtures.user("ada@example.com");
            fixtures.user("ed@example.com");
            List<String> uncalm = new CopyOnWriteArrayList<>();
            try (var a = new InstanceProcess("--helmsman.platform.database-url=" + postgres.jdbcUrl(),
                    "--helmsman.platform.database-username=postgres").awaitReady(Duration.ofSeconds(180))) {
                var adasBrowser = new WebClient(a.baseUrl());
                var signIn = adasBrowser.signIn("ada@example.com", Fixtures.PASSWORD);
                assertThat(WebClient.location(signIn)).doesNotContain("/login");
                assertThat(adasBrowser.get("/").statusCode()).isEqualTo(200);
                assertThat(adasBrowser.cookie(DeviceScopedRememberMeServices.COOKIE_NAME)).isPresent();

                // The ingress sends people to A until A is gone.
                var ingress = new AtomicReference<>(a.baseUrl());
                Instant killed;
                Instant switched;
                Instant continued;
                List<java.util.UUID> acknowledgedBeforeKill;
                var load = new LoadLoop().add("sign-in", Steps.signIn(ingress::get, "ed@example.com", uncalm));
                try (load) {
                    a.startEditing("ada@example.com");
                    await().atMost(Duration.ofSeconds(60)).until(() -> a.acknowledged.size() >= 10 && load.ok("sign-in", START, Instant.now()) >= 2);

                    killed = Instant.now();
                    a.kill();
                    acknowledgedBeforeKill = List.copyOf(a.acknowledged);
                    await().atMost(Duration.ofSeconds(30)).until(() -> load.failed("sign-in", killed, Instant.now()) >= 1);
                    ingress.set(b.baseUrl());
                    switched = Instant.now();

                    // Ada's browser: A's session is gone with A; only the persistent-login cookie is left.
                    adasBrowser.dropCookie("JSESSIONID");
                    adasBrowser.at(b.baseUrl());
                    assertThat(adasBrowser.get("/").statusCode()).as("start page on B with only the persistent login").isEqualTo(200);
                    continued = Instant.now();
                    await().atMost(Duration.ofSeconds(30)).until(() -> load.ok("sign-in", switched, Instant.now()) >= 3);
                }
                var end = Instant.now();

                System.out.printf("FAULTS: instance-kill continuedOnB=%dms after SIGKILL (persistent login, no session);"
                                + " sign-ins failed while the ingress still sent to A=%d, ok on B after=%d; edits acknowledged by A before the kill=%d,"
                                + " all present on B%n",
                        Duration.between(killed, continued).toMillis(), load.failed("sign-in", killed, switched), load.ok("sign-in", switched, end),
                        acknowledgedBeforeKill.size());

                assertThat(uncalm).isEmpty();
                fixtures.signIn("ada@example.com");
                var tasks = b.bean(TaskService.class);
                assertThat(acknowledgedBeforeKill).allSatisfy(id -> assertThat(tasks.get(id).title()).startsWith("edit-"));
                fixtures.signOut();
                assertEveryEditWhole(postgres);
            }
        }
    }

    /** The edit in flight when A died is there whole or not at all. */
    private static void assertEveryEditWhole(ControlledPostgres postgres) throws Exception {
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", null);
             var rows = connection.createStatement().executeQuery(
                     "select count(*) from tasks t where t.title like 'edit-%' and (select count(*) from task_tags tt where tt.task_id = t.id) <> "
                             + Steps.TAGS_PER_EDIT)) {
            rows.next();
            assertThat(rows.getInt(1)).as("edits with a task but not all of its tags").isZero();
        }
    }
}
