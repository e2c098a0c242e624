package app.helmsman.focus;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Application;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.Windows;
import app.helmsman.live.RedisForTests;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The timer lives on the server (ADR 0018): a session started in a window on instance A shows the same running
 * timer in a new browser session on instance B, a pause made through A reaches B's open view through Redis, and a
 * finish on B records the minutes once, whichever instance is asked again.
 */
@IntegrationTest
class FocusAcrossInstancesIT {

    static final RedisForTests redis = RedisForTests.startedForClass();

    static ConfigurableApplicationContext instanceB;

    @DynamicPropertySource
    static void redisUrl(DynamicPropertyRegistry properties) {
        properties.add("helmsman.live.redis-url", redis::url);
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    ApplicationContext instanceA;
    @Autowired
    TaskService tasksOnA;
    @Autowired
    FocusService focusOnA;
    @Autowired
    TestClock clockOnA;

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

    @Test
    void a_running_timer_follows_the_person_to_a_new_session_on_another_instance_and_its_minutes_are_recorded_once() {
        fixtures.resetDatabase();
        fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
        var plan = tasksOnA.create(TaskDraft.titled("Write the plan")).id();

        // a window on instance A started focusing half an hour ago (instance B runs on the real clock)
        clockOnA.set(Instant.now().minus(Duration.ofMinutes(30)));
        browserOn(instanceA);
        UI.getCurrent().navigate("focus", QueryParameters.of("task", plan.toString()));
        _click(_get(Button.class, spec -> spec.withText("Start focus")));
        var anchorOnA = timer().getElement().getAttribute("data-anchor");
        MockVaadin.tearDown();
        clockOnA.reset();

        // a new browser session, served by instance B
        instanceB = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--management.server.port=0", "--helmsman.live.redis-url=" + redis.url());
        // each instance reads the sign-in through the holder strategy it started with: sign in on both
        fixtures.signIn("ada@example.com");
        var onB = instanceB.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class);
        var signedInOnB = onB.createEmptyContext();
        signedInOnB.setAuthentication(fixtures.authentication());
        onB.setContext(signedInOnB);
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(onB);
        browserOn(instanceB);
        UI.getCurrent().navigate("focus");
        assertThat(timer().getElement().getAttribute("data-anchor")).isEqualTo(anchorOnA);
        var pauseOnB = _get(Button.class, spec -> spec.withText("Pause"));

        // another device pauses through instance A: B's open view follows through Redis
        var uiOnB = UI.getCurrent();
        UI.setCurrent(null);
        focusOnA.pause();
        UI.setCurrent(uiOnB);
        Windows.runPendingUntil("the pause made on A to reach the view on B", () -> pauseOnB.getText().equals("Resume"));

        _click(_get(Button.class, spec -> spec.withText("Finish")));

        assertThat(focusOnA.finish(false)).as("finishing again on A").isEmpty();
        assertThat(instanceB.getBean(FocusService.class).current()).isEmpty();
        assertThat(tasksOnA.get(plan).actualMinutes()).isEqualTo(30);
        assertThat(instanceB.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from focus_sessions where task_id = ? and state = 'ENDED'").param(plan).query(Long.class).single())
                .isEqualTo(1);
    }

    private static Div timer() {
        return _get(Div.class, spec -> spec.withClasses("hm-timer"));
    }

    private void browserOn(ApplicationContext instance) {
        Windows.on(instance, fixtures.authentication());
    }
}
