package app.helmsman.focus.ui;

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
import app.helmsman.live.LiveUpdates;
import app.helmsman.tasks.TaskActionContribution;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Header;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FocusHeaderViewTest extends KaribuTest {

    static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    FocusService focus;
    @Autowired
    LiveUpdates live;

    UUID ada;
    UUID plan;

    @BeforeEach
    void adaWithAPlan() {
        clock.set(NINE);
        ada = fixtures.user("ada@example.com");
        signIn("ada@example.com");
        plan = tasks.create(TaskDraft.titled("Write the plan")).id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static FocusHeader.HeaderTimer header() {
        // invisible components are not found by _get: look among the header's children
        return _get(Header.class).getChildren().filter(FocusHeader.HeaderTimer.class::isInstance).map(FocusHeader.HeaderTimer.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void no_header_timer_without_a_session() {
        UI.getCurrent().navigate("");

        assertThat(header().isVisible()).isFalse();
    }

    @Test
    void a_session_started_on_another_device_appears_in_the_header_with_the_time_in_words() {
        UI.getCurrent().navigate("");
        focus.start(plan, FocusMode.POMODORO, null);
        clock.set(NINE.plus(Duration.ofMinutes(7)));
        Windows.awaitDelivery(live);

        assertThat(header().isVisible()).isTrue();
        assertThat(header().getHref()).isEqualTo("focus");
        assertThat(header().getElement().getAttribute("aria-label")).isEqualTo("Focus on 'Write the plan': 18 minutes left. Open focus");
        assertThat(header().clock.getText()).isEqualTo("18:00");
    }

    @Test
    void the_header_timer_stays_out_of_the_focus_view_and_goes_when_the_session_ends() {
        focus.start(plan, FocusMode.FLOWTIME, null);
        UI.getCurrent().navigate("focus");
        assertThat(header().isVisible()).isFalse();
        UI.getCurrent().navigate("");
        assertThat(header().isVisible()).isTrue();
        assertThat(header().getElement().getAttribute("aria-label")).isEqualTo("Focus on 'Write the plan': 0 minutes focused. Open focus");

        focus.finish(false);
        Windows.awaitDelivery(live);

        assertThat(header().isVisible()).isFalse();
    }

    @Test
    void focus_on_this_in_task_details_opens_the_focus_view_for_the_task() {
        UI.getCurrent().navigate("");
        var action = context.getBeansOfType(TaskActionContribution.class).values().stream().filter(a -> a.label().equals("Focus on this"))
                .findFirst().orElseThrow();

        action.run(plan, () -> { }, () -> { });

        var view = _get(FocusView.class);
        assertThat(view.startTitle.getText()).isEqualTo("Write the plan");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo("focus?task=" + plan);
        assertThat(_find(FocusView.class)).hasSize(1);
    }

    @Test
    void away_from_the_focus_view_the_header_tells_five_minutes_left_the_break_and_the_hyperfocus_check_once_each() {
        focus.saveSettings(new FocusSettings(25, 5, 60));
        UI.getCurrent().navigate("");
        focus.start(plan, FocusMode.POMODORO, null);
        Windows.awaitDelivery(live);
        var header = context.getBean(FocusHeader.class);

        at(20);
        header.checkMilestones();
        assertThat(announced()).isEqualTo("Focus on 'Write the plan': 5 minutes left.");
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("Focus on 'Write the plan': 5 minutes left.");
        Announcer.announce("Something else.");
        header.checkMilestones();
        assertThat(announced()).as("told once").isEqualTo("Something else.");

        at(25);
        header.checkMilestones();
        assertThat(announced()).isEqualTo("Focus on 'Write the plan': Time for a 5-minute break. Pause when you are ready.");

        at(61);
        header.checkMilestones();
        assertThat(announced()).isEqualTo("Focus on 'Write the plan': You have been at it for 1 hour. A short break?");
    }

    @Test
    void the_header_tells_nothing_on_the_focus_view_nor_what_passed_before_it_showed_the_session() {
        focus.start(plan, FocusMode.POMODORO, null);
        UI.getCurrent().navigate("focus");
        var header = context.getBean(FocusHeader.class);
        Announcer.announce("On the focus page.");

        at(21);
        header.checkMilestones();
        assertThat(announced()).as("the focus view tells it there").isEqualTo("On the focus page.");
        UI.getCurrent().navigate("");
        header.checkMilestones();
        assertThat(announced()).as("5 minutes left passed before this page showed the session").isEqualTo("On the focus page.");

        at(25);
        header.checkMilestones();
        assertThat(announced()).isEqualTo("Focus on 'Write the plan': Time for a 5-minute break. Pause when you are ready.");
    }

    private void at(long minutes) {
        clock.set(NINE.plus(Duration.ofMinutes(minutes)));
    }

    private static String announced() {
        return Announcer.lastMessage(UI.getCurrent()).replace('\u00a0', ' ').strip();
    }
}
