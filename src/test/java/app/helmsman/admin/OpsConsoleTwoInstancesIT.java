package app.helmsman.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.helmsman.Application;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.WebClient;
import app.helmsman.Windows;
import app.helmsman.accounts.AccountAdministration;
import app.helmsman.accounts.internal.SessionsRevokedHints;
import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import app.helmsman.live.RedisForTests;
import app.helmsman.platform.FeatureFlags;
import app.helmsman.platform.FeatureFlags.Flag;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console's changes reach every replica: two instances sharing one PostgreSQL and one Redis; an admin acts
 * through instance A, and instance B applies it.
 */
@IntegrationTest
class OpsConsoleTwoInstancesIT {

    static final RedisForTests redis = RedisForTests.startedForClass();

    static ConfigurableApplicationContext instanceB;

    @DynamicPropertySource
    static void redisUrl(DynamicPropertyRegistry properties) {
        properties.add("helmsman.live.redis-url", redis::url);
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    FeatureFlagService flagsOnA;
    @Autowired
    AccountAdministration administrationOnA;
    @Autowired
    MaintenanceService maintenanceOnA;

    @AfterEach
    void cleanUp() {
        MockVaadin.tearDown();
        fixtures.signOut();
    }

    @AfterAll
    static void stop() {
        if (instanceB != null) {
            instanceB.close();
        }
        redis.close();
    }

    static void startInstanceB() {
        if (instanceB == null) {
            instanceB = new SpringApplicationBuilder(Application.class).profiles("test")
                    .run("--server.port=0", "--management.server.port=0", "--helmsman.live.redis-url=" + redis.url());
        }
    }

    private static String baseUrlOfB() {
        return "http://localhost:" + instanceB.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void a_flag_switched_on_instance_a_applies_on_instance_b_within_seconds() {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        startInstanceB();
        var flagsOnB = instanceB.getBean(FeatureFlags.class);
        assertThat(flagsOnB.enabled(Flag.AI_SUGGESTIONS)).isTrue(); // B has read (and cached) the flags

        fixtures.signIn("root@example.com");
        flagsOnA.set(Flag.AI_SUGGESTIONS, false);
        var switched = System.nanoTime();

        await("instance B to apply the flag").atMost(Duration.ofSeconds(5)).until(() -> !flagsOnB.enabled(Flag.AI_SUGGESTIONS));
        System.out.printf("OPS: flag change applied on instance B after %d ms%n", Duration.ofNanos(System.nanoTime() - switched).toMillis());
        flagsOnA.reset(Flag.AI_SUGGESTIONS);
        await("instance B to apply the default again").atMost(Duration.ofSeconds(5)).until(() -> flagsOnB.enabled(Flag.AI_SUGGESTIONS));
    }

    @Test
    void a_banner_posted_on_instance_a_reaches_a_window_on_instance_b() {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        var ada = fixtures.user("ada@example.com");
        startInstanceB();
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("app.helmsman"), instanceB, UI::new));
        List<LiveHint> onB = new CopyOnWriteArrayList<>();
        instanceB.getBean(LiveUpdates.class).subscribe(UI.getCurrent(), ada, Set.of(MaintenanceService.TOPIC), onB::addAll);
        var uiOnB = UI.getCurrent();
        UI.setCurrent(null);
        try {
            fixtures.signIn("root@example.com");
            maintenanceOnA.post("Upgrade tonight", null);
            fixtures.signOut();
        } finally {
            UI.setCurrent(uiOnB);
        }

        Windows.runPendingUntil("the banner hint on instance B", () -> !onB.isEmpty());
        assertThat(onB.getFirst().topic()).isEqualTo(MaintenanceService.TOPIC);
        assertThat(onB.getFirst().users()).containsExactly(LiveHint.EVERYONE); // every signed-in window, whoever it is
    }

    @Test
    void disabling_a_person_on_instance_a_signs_out_their_session_and_open_windows_on_instance_b() {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        var ada = fixtures.user("ada@example.com");
        startInstanceB();
        var browserOnB = new WebClient(baseUrlOfB());
        browserOnB.signIn("ada@example.com", Fixtures.PASSWORD);
        assertThat(browserOnB.get("/").statusCode()).isEqualTo(200);
        // an open window on B listens the way the shell's RevokedSessionsShell does
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("app.helmsman"), instanceB, UI::new));
        List<LiveHint> onB = new CopyOnWriteArrayList<>();
        instanceB.getBean(LiveUpdates.class).subscribe(UI.getCurrent(), ada, Set.of(SessionsRevokedHints.TOPIC), onB::addAll);

        var uiOnB = UI.getCurrent();
        UI.setCurrent(null);
        try {
            fixtures.signIn("root@example.com");
            administrationOnA.disable(ada);
            fixtures.signOut();
        } finally {
            UI.setCurrent(uiOnB);
        }

        Windows.runPendingUntil("the revocation to reach the window on instance B", () -> !onB.isEmpty());
        assertThat(onB.getFirst().users()).containsExactly(ada);
        await("the session on instance B to end").atMost(Duration.ofSeconds(10)).until(() -> browserOnB.get("/").statusCode() == 302);
        assertThat(WebClient.location(browserOnB.get("/"))).endsWith("/login");
        assertThat(browserOnB.signIn("ada@example.com", Fixtures.PASSWORD).headers().firstValue("Location").orElse("")).contains("error");
    }
}
