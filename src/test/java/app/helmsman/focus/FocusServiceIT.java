package app.helmsman.focus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.ProjectRole;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskNotFoundException;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class FocusServiceIT {

    static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    FocusService focus;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectMembersService members;

    UUID task;
    UUID ada;

    @BeforeEach
    void ada() {
        fixtures.resetDatabase();
        ada = fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
        clock.set(NINE);
        task = tasks.create(TaskDraft.titled("Write the plan")).id();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private void at(long minutes) {
        clock.set(NINE.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void pauses_leave_their_minutes_out_of_the_focused_time_and_count_as_breaks() {
        focus.start(task, FocusMode.FLOWTIME, null);
        at(20);
        focus.pause();
        at(30);
        assertThat(focus.current()).get().satisfies(s -> {
            assertThat(s.focused(clock.instant())).isEqualTo(Duration.ofMinutes(20));
            assertThat(s.paused()).isTrue();
        });
        focus.resume();
        at(45);
        assertThat(focus.current().orElseThrow().focused(clock.instant())).isEqualTo(Duration.ofMinutes(35));
        assertThat(focus.current().orElseThrow().stretch(clock.instant())).isEqualTo(Duration.ofMinutes(15));

        var ended = focus.finish(false);

        assertThat(ended).get().extracting(FocusEnded::minutes).isEqualTo(35);
        assertThat(tasks.get(task).actualMinutes()).isEqualTo(35);
        assertThat(focus.stats().today()).isEqualTo(new FocusStats.Period(35, 1, 1));
    }

    @Test
    void pausing_twice_or_resuming_a_running_session_changes_nothing() {
        focus.start(task, FocusMode.POMODORO, null);
        at(10);
        focus.pause();
        at(12);
        focus.pause();
        assertThat(focus.current().orElseThrow().breaks()).isEqualTo(1);
        assertThat(focus.current().orElseThrow().pausedAt()).isEqualTo(NINE.plus(Duration.ofMinutes(10)));
        focus.resume();
        at(14);
        focus.resume();
        assertThat(focus.current().orElseThrow().stretchStartedAt()).isEqualTo(NINE.plus(Duration.ofMinutes(12)));
    }

    @Test
    void finishing_twice_adds_the_minutes_to_the_task_once() {
        tasks.addActualMinutes(task, UUID.randomUUID(), 10);
        focus.start(task, FocusMode.POMODORO, null);
        at(25);

        var first = focus.finish(false);
        var second = focus.finish(false);

        assertThat(first).get().extracting(FocusEnded::minutes).isEqualTo(25);
        assertThat(second).isEmpty();
        assertThat(tasks.get(task).actualMinutes()).isEqualTo(35);
        assertThat(focus.current()).isEmpty();
    }

    @Test
    void the_same_session_recorded_again_through_the_tasks_api_adds_nothing() {
        var session = focus.start(task, FocusMode.POMODORO, null);
        at(25);
        focus.finish(false);

        var again = tasks.addActualMinutes(task, session.id(), 25);

        assertThat(again).isFalse();
        assertThat(tasks.get(task).actualMinutes()).isEqualTo(25);
    }

    @Test
    void two_finishes_at_the_same_moment_add_the_minutes_once() throws Exception {
        focus.start(task, FocusMode.FLOWTIME, null);
        at(40);
        var authentication = fixtures.authentication();
        var ready = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var results = new ArrayList<Future<Optional<FocusEnded>>>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit((Callable<Optional<FocusEnded>>) () -> {
                    org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(authentication);
                    ready.await();
                    return focus.finish(false);
                }));
            }
            ready.countDown();
            var ended = results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).filter(Optional::isPresent).toList();

            assertThat(ended).hasSize(1);
            assertThat(tasks.get(task).actualMinutes()).isEqualTo(40);
            assertThat(jdbc.sql("select count(*) from task_time_entries where task_id = ?").param(task).query(Long.class).single()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void starting_another_task_ends_the_running_session_with_its_minutes() {
        var other = tasks.create(TaskDraft.titled("Call the dentist")).id();
        focus.start(task, FocusMode.POMODORO, null);
        at(12);

        focus.start(other, FocusMode.FLOWTIME, null);

        assertThat(tasks.get(task).actualMinutes()).isEqualTo(12);
        assertThat(focus.current()).get().extracting(FocusSession::taskId).isEqualTo(other);
    }

    @Test
    void finishing_with_done_completes_the_task_and_a_short_session_adds_no_minutes() {
        focus.start(task, FocusMode.POMODORO, null);
        clock.set(NINE.plusSeconds(20));

        focus.finish(true);

        assertThat(tasks.get(task).status()).isEqualTo(Status.DONE);
        assertThat(tasks.get(task).actualMinutes()).isNull();
        assertThat(focus.stats().today().sessions()).isEqualTo(1);
    }

    @Test
    void a_countdown_needs_an_end_in_the_next_twelve_hours() {
        assertThatThrownBy(() -> focus.start(task, FocusMode.COUNTDOWN, null)).isInstanceOf(FocusValidationException.class);
        assertThatThrownBy(() -> focus.start(task, FocusMode.COUNTDOWN, NINE.minusSeconds(60))).isInstanceOf(FocusValidationException.class);
        assertThatThrownBy(() -> focus.start(task, FocusMode.COUNTDOWN, NINE.plus(Duration.ofHours(13))))
                .isInstanceOf(FocusValidationException.class);

        var session = focus.start(task, FocusMode.COUNTDOWN, NINE.plus(Duration.ofMinutes(45)));

        assertThat(session.plannedEnd()).isEqualTo(NINE.plus(Duration.ofMinutes(45)));
    }

    @Test
    void someone_removed_from_the_project_mid_session_cannot_add_time_but_can_end_the_session() {
        var launch = projects.createProject(ProjectDraft.named("Launch")).id();
        var shared = tasks.create(TaskDraft.titled("Shared plan").inProject(launch)).id();
        var ed = fixtures.user("ed@example.com");
        fixtures.share(launch, "ed@example.com", ProjectRole.EDITOR);
        fixtures.signIn("ed@example.com");
        focus.start(shared, FocusMode.FLOWTIME, null);
        fixtures.signIn("ada@example.com");
        members.remove(launch, ed);
        fixtures.signIn("ed@example.com");
        at(30);

        assertThatThrownBy(() -> focus.finish(false)).isInstanceOf(TaskNotFoundException.class);
        assertThat(focus.current()).as("nothing changed").isPresent();
        var ended = focus.abandon();

        assertThat(ended).get().extracting(FocusEnded::minutes).isEqualTo(0);
        assertThat(focus.current()).isEmpty();
        fixtures.signIn("ada@example.com");
        assertThat(tasks.get(shared).actualMinutes()).isNull();
    }

    @Test
    void a_done_task_cannot_be_focused_on() {
        tasks.complete(task, null);

        assertThatThrownBy(() -> focus.start(task, FocusMode.POMODORO, null)).isInstanceOf(FocusValidationException.class)
                .hasMessage("This task is done already.");
        assertThat(focus.current()).isEmpty();
    }

    @Test
    void settings_are_bounded_and_apply_to_the_next_session() {
        assertThatThrownBy(() -> focus.saveSettings(new FocusSettings(0, 5, 90))).isInstanceOf(FocusValidationException.class)
                .satisfies(e -> assertThat(((FocusValidationException) e).errors()).containsKey("focusMinutes"));
        assertThatThrownBy(() -> focus.saveSettings(new FocusSettings(25, 5, 1000))).isInstanceOf(FocusValidationException.class);
        assertThat(focus.settings()).isEqualTo(FocusSettings.DEFAULT);

        focus.saveSettings(new FocusSettings(50, 10, 120));
        var session = focus.start(task, null, null);

        assertThat(session.focusMinutes()).isEqualTo(50);
        assertThat(session.breakMinutes()).isEqualTo(10);
        assertThat(session.hyperfocusMinutes()).isEqualTo(120);
    }

    @Test
    void statistics_count_days_and_weeks_in_the_persons_zone() {
        fixtures.timeZone(ada, "Pacific/Auckland");
        // 2026-12-07 09:00 UTC is Monday 22:00 in Auckland; 03:00 UTC the next day is already Tuesday there
        focus.start(task, FocusMode.FLOWTIME, null);
        at(30);
        focus.finish(false);
        clock.set(Instant.parse("2026-12-07T12:00:00Z"));
        focus.start(task, FocusMode.FLOWTIME, null);
        clock.set(Instant.parse("2026-12-07T12:10:00Z"));

        var stats = focus.stats();

        assertThat(stats.today()).isEqualTo(new FocusStats.Period(10, 1, 0));
        assertThat(stats.week()).isEqualTo(new FocusStats.Period(40, 2, 0));
    }
}
