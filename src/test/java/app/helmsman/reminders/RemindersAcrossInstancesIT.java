package app.helmsman.reminders;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Application;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.Windows;
import app.helmsman.live.RedisForTests;
import app.helmsman.reminders.internal.ReminderDelivery;
import app.helmsman.reminders.ui.Toasts;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders with two real instances sharing PostgreSQL and Redis (issue 15, ADR 0019): while the person has a
 * window open on instance B, delivery rounds racing on A and B deliver the reminder once, the window on B shows
 * its toast and count, and no email goes out (A sees B's window through Redis presence).
 */
@IntegrationTest
class RemindersAcrossInstancesIT {

    static final LocalDate DAY = LocalDate.of(2026, 6, 10);
    static final Instant THREE_PM = Instant.parse("2026-06-10T15:00:00Z");

    static final RedisForTests redis = RedisForTests.startedForClass();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication()).withPerMethodLifecycle(false);

    static ConfigurableApplicationContext instanceB;

    @DynamicPropertySource
    static void redisAndSmtp(DynamicPropertyRegistry properties) {
        properties.add("helmsman.live.redis-url", redis::url);
        properties.add("helmsman.reminders.mail-host", () -> "127.0.0.1");
        properties.add("helmsman.reminders.mail-port", () -> SMTP.getSmtp().getPort());
        properties.add("helmsman.reminders.mail-start-tls", () -> "false");
        properties.add("helmsman.reminders.mail-from", () -> "reminders@helmsman.example");
    }

    @Autowired
    ApplicationContext instanceA;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clockOnA;
    @Autowired
    TaskService tasks;
    @Autowired
    ReminderService reminders;
    @Autowired
    ReminderDelivery deliveryOnA;
    @Autowired
    JdbcTemplate jdbc;

    /** Closes B and gives the security context back to this context (B installed its own strategy globally). */
    @AfterEach
    void closeInstanceB() {
        MockVaadin.tearDown();
        fixtures.signOut();
        if (instanceB != null) {
            instanceB.close();
            instanceB = null;
        }
        SecurityContextHolder.setContextHolderStrategy(instanceA.getBean(SecurityContextHolderStrategy.class));
        fixtures.signOut();
        clockOnA.reset();
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @Test
    void with_a_window_open_on_the_other_instance_racing_rounds_deliver_once_to_that_window_and_send_no_email() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        fixtures.resetDatabase();
        var ada = fixtures.user("ada@example.com");
        fixtures.timeZone(ada, "UTC"); // set, so the mock browser's zone is not taken on its first visit
        fixtures.signIn("ada@example.com");
        clockOnA.set(Instant.parse("2026-06-10T12:00:00Z"));
        var p = reminders.preferences();
        reminders.savePreferences(new ReminderPreferences(p.quietStart(), p.quietEnd(), p.batchMax(), p.batchMinutes(), p.kinds(), true, false, false));
        tasks.create(TaskDraft.titled("Call the dentist").withDoDate(DAY).withDoTime(LocalTime.of(15, 0)));

        instanceB = new SpringApplicationBuilder(Application.class, TestClock.class).profiles("test").run("--server.port=0", "--management.server.port=0",
                "--helmsman.live.redis-url=" + redis.url(), "--helmsman.reminders.mail-host=127.0.0.1",
                "--helmsman.reminders.mail-port=" + SMTP.getSmtp().getPort(), "--helmsman.reminders.mail-start-tls=false",
                "--helmsman.reminders.mail-from=reminders@helmsman.example");
        // both instances at the reminder's time before the window opens: presence entries expire by the clock
        var clockOnB = instanceB.getBean(TestClock.class);
        clockOnA.set(THREE_PM);
        clockOnB.set(THREE_PM);
        // each instance reads the sign-in through the holder strategy it started with: sign in on both
        fixtures.signIn("ada@example.com");
        var onB = instanceB.getBean(SecurityContextHolderStrategy.class);
        var signedInOnB = onB.createEmptyContext();
        signedInOnB.setAuthentication(fixtures.authentication());
        onB.setContext(signedInOnB);
        SecurityContextHolder.setContextHolderStrategy(onB);
        windowOn(instanceB);
        UI.getCurrent().navigate("");
        assertThat(bell().getAriaLabel().orElse("")).contains("none unread");
        var windowOnB = UI.getCurrent();

        var deliveryOnB = instanceB.getBean(ReminderDelivery.class);
        UI.setCurrent(null);
        var barrier = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var rounds = new ArrayList<Future<?>>();
            for (var delivery : java.util.List.of(deliveryOnA, deliveryOnB)) {
                rounds.add(pool.submit(() -> {
                    barrier.await();
                    for (int round = 0; round < 3; round++) {
                        delivery.round();
                    }
                    return null;
                }));
            }
            for (var round : rounds) {
                round.get(60, TimeUnit.SECONDS);
            }
        }
        UI.setCurrent(windowOnB);

        assertThat(jdbc.queryForObject("select count(*) from reminders where state = 'DELIVERED'", Integer.class)).isEqualTo(1);
        Windows.runPendingUntil("the reminder to reach the window on B", () -> bell().getAriaLabel().orElse("").contains("1 unread"));
        assertThat(NotificationsKt.getNotifications()).extracting(Toasts::text)
                .as("one toast, whichever instance delivered").containsExactly("'Call the dentist' is planned for 15:00");
        assertThat(SMTP.getReceivedMessages()).as("no email while a window is open on any instance").isEmpty();
    }

    private static Button bell() {
        return _get(Button.class, spec -> spec.withId("notifications-button"));
    }

    private void windowOn(ApplicationContext instance) {
        Windows.on(instance, fixtures.authentication());
    }
}
