package app.helmsman.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.helmsman.Application;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.Windows;
import app.helmsman.shared.ui.Appearance;
import app.helmsman.shared.ui.AppearancePreferences;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectInvitationService;
import app.helmsman.tasks.ProjectRole;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import io.micrometer.core.instrument.MeterRegistry;
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
 * Two application instances sharing one PostgreSQL and one real Redis: a change made through instance A
 * reaches a UI open on instance B, also after Redis restarted.
 */
@IntegrationTest
class TwoInstancesIT {

    static final RedisForTests redis = RedisForTests.startedForClass();

    static ConfigurableApplicationContext instanceB;

    @DynamicPropertySource
    static void redisUrl(DynamicPropertyRegistry properties) {
        properties.add("helmsman.live.redis-url", redis::url);
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    AppearancePreferences appearanceOnA;

    @AfterEach
    void closeUi() {
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

    @Autowired
    TaskService tasksOnA;
    @Autowired
    ProjectService projectsOnA;
    @Autowired
    ProjectInvitationService invitationsOnA;
    @Autowired
    LivePresence presenceOnA;

    static void startInstanceB() {
        if (instanceB == null) {
            instanceB = new SpringApplicationBuilder(Application.class).profiles("test")
                    .run("--server.port=0", "--management.server.port=0", "--helmsman.live.redis-url=" + redis.url());
        }
    }

    @Test
    void a_task_change_through_instance_a_reaches_a_members_view_on_instance_b_also_after_redis_restarts() throws Exception {
        fixtures.resetDatabase();
        var ada = fixtures.user("ada@example.com");
        var ed = fixtures.user("ed@example.com");
        fixtures.signIn("ada@example.com");
        var launch = projectsOnA.createProject(ProjectDraft.named("Launch")).id();
        var plan = tasksOnA.create(TaskDraft.titled("Write the plan").inProject(launch)).id();
        fixtures.share(invitationsOnA, launch, "ed@example.com", ProjectRole.EDITOR);
        fixtures.signOut();
        startInstanceB();
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("app.helmsman"), instanceB, UI::new));
        List<LiveHint> onB = new CopyOnWriteArrayList<>();
        instanceB.getBean(LiveUpdates.class).subscribe(UI.getCurrent(), ed, Set.of("tasks"), onB::addAll);

        asAdaOnA(() -> tasksOnA.complete(plan, null));
        deliverOnB(onB, 1);
        assertThat(onB).singleElement().satisfies(hint -> {
            assertThat(hint.ids()).containsExactly(plan);
            assertThat(hint.summary()).isEqualTo("'Write the plan' completed");
        });

        // presence entered on A is seen on B (one Redis hash for both)
        var uiOnA = new UI();
        var leave = presenceOnA.enter(uiOnA, launch, ada, "Ada", viewers -> { });
        assertThat(instanceB.getBean(LivePresence.class).viewers(launch)).extracting(LivePresence.Viewer::name).containsExactly("Ada");
        leave.remove();
        assertThat(instanceB.getBean(LivePresence.class).viewers(launch)).isEmpty();

        redis.stop();
        awaitRedisSeenAsDownOnB();
        redis.start();
        deliverOnB(onB, 2);
        assertThat(onB.get(1).topic()).isEqualTo("*");
        asAdaOnA(() -> tasksOnA.reopen(plan));
        deliverOnB(onB, 3);
        assertThat(onB.get(2).summary()).isEqualTo("'Write the plan' changed");
    }

    private void asAdaOnA(Runnable change) {
        var uiOnB = UI.getCurrent();
        UI.setCurrent(null);
        try {
            fixtures.signIn("ada@example.com");
            change.run();
            fixtures.signOut();
        } finally {
            UI.setCurrent(uiOnB);
        }
    }

    @Test
    void a_change_through_instance_a_reaches_a_view_on_instance_b_also_after_redis_restarts() throws Exception {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        var ada = fixtures.user("ada@example.com");
        startInstanceB();
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("app.helmsman"), instanceB, UI::new));
        List<LiveHint> onB = new CopyOnWriteArrayList<>();
        instanceB.getBean(LiveUpdates.class).subscribe(UI.getCurrent(), ada, Set.of("settings"), onB::addAll);

        changeThemeOnA("ada@example.com", Appearance.Theme.DARK);
        deliverOnB(onB, 1);
        assertThat(onB).singleElement().satisfies(hint -> {
            assertThat(hint.users()).containsExactly(ada);
            assertThat(hint.summary()).isEqualTo("Your settings were changed in another window.");
        });

        redis.stop();
        awaitRedisSeenAsDownOnB();
        redis.start();
        // After the outage instance B tells its views to refresh once ("*"), then hints flow again.
        deliverOnB(onB, 2);
        assertThat(onB.get(1).topic()).isEqualTo("*");
        changeThemeOnA("ada@example.com", Appearance.Theme.LIGHT);
        deliverOnB(onB, 3);
        assertThat(onB.get(2).topic()).isEqualTo("settings");
    }

    /** The person changes the theme on another device, served by instance A (no UI of this thread involved). */
    private void changeThemeOnA(String email, Appearance.Theme theme) {
        var uiOnB = UI.getCurrent();
        UI.setCurrent(null);
        try {
            fixtures.signIn(email);
            appearanceOnA.save(new Appearance(theme, false, Appearance.TextSize.NORMAL));
            fixtures.signOut();
        } finally {
            UI.setCurrent(uiOnB);
        }
    }

    /** Instance B's watchdog noticed the outage, so Redis coming back is a reconnect (not a blip it missed). */
    private static void awaitRedisSeenAsDownOnB() {
        var up = instanceB.getBean(MeterRegistry.class).get("helmsman.live.redis.up").gauge();
        await("instance B to notice that Redis is down").atMost(Duration.ofSeconds(15)).until(() -> up.value() == 0);
    }

    private static void deliverOnB(List<LiveHint> received, int expected) {
        Windows.runPendingUntil(expected + " hint(s) on instance B", () -> received.size() >= expected);
    }
}
