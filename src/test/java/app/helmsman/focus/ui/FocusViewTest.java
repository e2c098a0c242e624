package app.helmsman.focus.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.TestClock;
import app.helmsman.Windows;
import app.helmsman.focus.FocusMode;
import app.helmsman.focus.FocusService;
import app.helmsman.focus.FocusSettings;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FocusViewTest extends KaribuTest {

    static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    FocusService focus;

    UUID plan;

    @BeforeEach
    void adaWithAPlan() {
        clock.set(NINE);
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        plan = tasks.create(TaskDraft.titled("Write the plan")).id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static FocusView open(UUID task) {
        UI.getCurrent().navigate("focus", QueryParameters.of("task", task.toString()));
        return _get(FocusView.class);
    }

    private static String announced() {
        return Announcer.lastMessage(UI.getCurrent()).replace('\u00a0', ' ').strip();
    }

    private void at(long minutes) {
        clock.set(NINE.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void a_task_opened_for_focus_starts_a_pomodoro_with_one_announcement_and_the_timer_in_words() {
        var view = open(plan);
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Focus");
        assertThat(view.start.isVisible()).isTrue();
        assertThat(view.startTitle.getText()).isEqualTo("Write the plan");
        assertThat(view.mode.getValue()).isEqualTo(FocusMode.POMODORO);

        _click(view.startButton);

        assertThat(focus.current()).get().satisfies(s -> assertThat(s.taskId()).isEqualTo(plan));
        assertThat(announced()).isEqualTo("Focus started on 'Write the plan'. 25 minutes left.");
        assertThat(view.start.isVisible()).isFalse();
        assertThat(view.timer.clock.getText()).isEqualTo("25:00");
        assertThat(view.timer.words.getText()).isEqualTo("25 minutes left");
        assertThat(view.timer.clock.getElement().getAttribute("role")).isEqualTo("timer");
        assertThat(view.timer.getElement().getAttribute("data-anchor")).isEqualTo(Long.toString(NINE.plusSeconds(25 * 60).toEpochMilli()));
    }

    @Test
    void p_pauses_and_resumes_and_finish_adds_the_focused_minutes_to_the_task() {
        var view = open(plan);
        _click(view.startButton);
        at(10);

        press(view, "p");
        assertThat(focus.current().orElseThrow().paused()).isTrue();
        assertThat(view.pauseResume.getText()).isEqualTo("Resume");
        assertThat(announced()).isEqualTo("Paused. A break of about 5 minutes suits.");
        assertThat(view.timer.label.getText()).isEqualTo("Break");
        at(15);
        press(view, "p");
        assertThat(announced()).isEqualTo("Back to focus.");
        at(27);

        _click(view.finish);

        assertThat(tasks.get(plan).actualMinutes()).isEqualTo(22);
        assertThat(announced()).isEqualTo("Focus finished: 22 minutes added to 'Write the plan'.");
        assertThat(view.session.isVisible()).isFalse();
        assertThat(view.stats.today.getText()).isEqualTo("Today: 22 minutes in 1 session, 1 break taken.");
    }

    @Test
    void a_planned_block_link_offers_a_countdown_to_the_blocks_end() {
        var end = NINE.plus(Duration.ofMinutes(45));
        UI.getCurrent().navigate("focus", QueryParameters.simple(java.util.Map.of("task", plan.toString(), "until", end.toString())));
        var view = _get(FocusView.class);
        assertThat(view.mode.getValue()).isEqualTo(FocusMode.COUNTDOWN);
        assertThat(view.mode.getItemLabelGenerator().apply(FocusMode.COUNTDOWN)).isEqualTo("Countdown to 09:45");

        _click(view.startButton);

        assertThat(focus.current().orElseThrow().plannedEnd()).isEqualTo(end);
        assertThat(view.timer.words.getText()).isEqualTo("45 minutes left");
    }

    @Test
    void the_countdowns_end_is_written_with_the_clock_of_the_persons_locale() {
        var end = NINE.plus(Duration.ofMinutes(6 * 60 + 15)).toString();
        var query = QueryParameters.simple(java.util.Map.of("task", plan.toString(), "until", end));

        inLocale(java.util.Locale.US);
        UI.getCurrent().navigate("focus", query);
        assertThat(countdownLabel()).isEqualTo("Countdown to 3:15 PM");

        UI.getCurrent().navigate("");
        inLocale(java.util.Locale.GERMANY);
        UI.getCurrent().navigate("focus", query);
        assertThat(countdownLabel()).isEqualTo("Countdown to 15:15");
    }

    private static void inLocale(java.util.Locale locale) {
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    private static String countdownLabel() {
        var view = _get(FocusView.class);
        assertThat(view.mode.getValue()).isEqualTo(FocusMode.COUNTDOWN);
        // the en-US clock puts a narrow no-break space before PM
        return view.mode.getItemLabelGenerator().apply(FocusMode.COUNTDOWN).replace('\u202f', ' ');
    }

    @Test
    void milestones_are_announced_once_each_and_past_ones_are_not_news_after_a_reload() {
        var view = open(plan);
        _click(view.startButton);
        at(20);
        view.checkMilestones();
        assertThat(announced()).isEqualTo("5 minutes left.");
        Announcer.announce("Something else.");
        view.checkMilestones();
        assertThat(announced()).isEqualTo("Something else.");
        at(25);
        view.checkMilestones();
        assertThat(announced()).isEqualTo("Time for a 5-minute break. Pause when you are ready.");

        // a reload: the running timer is shown as it is, without announcing what already passed
        UI.getCurrent().navigate("");
        Announcer.announce("Elsewhere.");
        UI.getCurrent().navigate("focus");
        var reloaded = _get(FocusView.class);
        reloaded.checkMilestones();
        assertThat(announced()).isEqualTo("Elsewhere.");
        assertThat(reloaded.timer.words.getText()).isEqualTo("Time for a break");
    }

    @Test
    void a_long_stretch_gets_the_gentle_hyperfocus_question_once() {
        focus.saveSettings(new FocusSettings(25, 5, 60));
        var view = open(plan);
        setValue(view.mode, FocusMode.FLOWTIME);
        _click(view.startButton);
        at(60);

        view.checkMilestones();

        assertThat(announced()).isEqualTo("You have been at it for 1 hour. A short break?");
        assertThat(view.status.getText()).isEqualTo("You have been at it for 1 hour. A short break?");
    }

    @Test
    void the_next_open_step_can_be_done_from_here_and_done_finishes_the_task_once_none_is_left() {
        var outline = tasks.create(TaskDraft.titled("Outline").under(plan)).id();
        tasks.create(TaskDraft.titled("Figures").under(plan));
        var view = open(plan);
        _click(view.startButton);
        assertThat(view.nextStep.getText()).isEqualTo("Next step: Outline");
        assertThat(view.finishDone.isVisible()).isFalse();

        _click(view.stepDone);

        assertThat(tasks.get(outline).status()).isEqualTo(Status.DONE);
        assertThat(view.nextStep.getText()).isEqualTo("Next step: Figures");
        assertThat(announced()).isEqualTo("'Outline' done. Next step: Figures.");
        _click(view.stepDone);
        assertThat(view.finishDone.isVisible()).isTrue();
        at(30);
        _click(view.finishDone);
        assertThat(tasks.get(plan).status()).isEqualTo(Status.DONE);
        assertThat(tasks.get(plan).actualMinutes()).isEqualTo(30);
    }

    @Test
    void im_stuck_opens_break_it_down_for_the_task() {
        var view = open(plan);
        _click(view.startButton);
        assertThat(view.stuck.isVisible()).isTrue();

        _click(view.stuck);

        assertThat(_find(Dialog.class)).anySatisfy(d -> assertThat(d.isOpened()).isTrue());
    }

    @Test
    void another_window_shows_the_same_running_timer_and_follows_a_pause() {
        var view = open(plan);
        _click(view.startButton);
        var first = UI.getCurrent();
        var second = Windows.another();
        UI.setCurrent(second);
        second.navigate("focus");
        var other = _get(FocusView.class);
        assertThat(other.timer.getElement().getAttribute("data-anchor")).isEqualTo(view.timer.getElement().getAttribute("data-anchor"));

        UI.setCurrent(first);
        at(5);
        press(view, "p");
        UI.setCurrent(second);
        Windows.runPendingUntil("the pause to reach the other window", () -> other.pauseResume.getText().equals("Resume"));

        assertThat(other.timer.label.getText()).isEqualTo("Break");
    }

    @Test
    void settings_out_of_bounds_say_why_and_keep_what_was_typed() {
        var view = open(plan);
        setValue(view.settings.focusMinutes, 500);

        _click(view.settings.save);

        assertThat(view.settings.focusMinutes.isInvalid()).isTrue();
        assertThat(view.settings.focusMinutes.getErrorMessage()).isEqualTo("Choose a focus length from 5 to 120 minutes.");
        assertThat(view.settings.focusMinutes.getValue()).isEqualTo(500);
        assertThat(focus.settings()).isEqualTo(FocusSettings.DEFAULT);

        setValue(view.settings.focusMinutes, 45);
        _click(view.settings.save);

        assertThat(focus.settings().focusMinutes()).isEqualTo(45);
        assertThat(view.settings.focusMinutes.isInvalid()).isFalse();
        assertThat(announced()).isEqualTo("Focus settings saved. They apply from your next session.");
    }

    @Test
    void without_a_task_the_view_says_how_to_start_and_shows_the_week_calmly() {
        UI.getCurrent().navigate("focus");
        var view = _get(FocusView.class);

        assertThat(view.status.getText()).startsWith("Nothing to focus on right now.");
        assertThat(view.session.isVisible()).isFalse();
        assertThat(view.stats.week.getText()).isEqualTo("This week: no focus sessions yet.");
    }

    @Test
    void someone_elses_task_is_not_offered() {
        fixtures.user("bob@example.com");
        fixtures.signIn("bob@example.com");
        var bobs = tasks.create(TaskDraft.titled("Bob's secret")).id();
        signIn("ada@example.com");

        var view = open(bobs);

        assertThat(view.start.isVisible()).isFalse();
        assertThat(view.status.getText()).isEqualTo("That task does not exist, or it is not yours.");
    }
}
