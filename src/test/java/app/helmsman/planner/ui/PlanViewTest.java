package app.helmsman.planner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.TestClock;
import app.helmsman.Windows;
import app.helmsman.live.LiveUpdates;
import app.helmsman.planner.DayEnergy;
import app.helmsman.planner.PlannerService;
import app.helmsman.planner.TestBusyTime;
import app.helmsman.planner.TodayPlan;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.ChildrenOption;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanViewTest extends KaribuTest {

    static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

    @Autowired
    TestClock clock;
    @Autowired
    TestBusyTime calendar;
    @Autowired
    TaskService tasks;
    @Autowired
    PlannerService planner;
    @Autowired
    LiveUpdates live;

    UUID ada;

    @BeforeEach
    void adaOnMondayMorning() {
        calendar.clear();
        clock.set(at("08:00"));
        ada = fixtures.user("ada@example.com");
        signIn("ada@example.com");
    }

    @AfterEach
    void clearCalendar() {
        calendar.clear();
    }

    static Instant at(String time) {
        return MONDAY.atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
    }

    private UUID task(String title, int minutes) {
        return tasks.create(TaskDraft.titled(title).withEstimate(minutes).withDoDate(MONDAY)).id();
    }

    private PlanView open() {
        UI.getCurrent().navigate("");
        return _get(PlanView.class);
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void today_is_a_timeline_of_blocks_with_times_and_reasons_and_calendar_events_marked_as_such() {
        task("Write report", 60);
        calendar.add(ada, at("09:00"), at("10:00"), "Stand-up");

        var view = open();

        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Today");
        var items = view.items();
        assertThat(items).hasSize(2);
        assertThat(text(items.get(0))).startsWith("09:00\u201310:00").contains("Calendar").contains("Stand-up");
        assertThat(text(items.get(1))).contains("Task").contains("Write report");
        assertThat(_get(items.get(1), com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("hm-plan-reason")).getText())
                .as("the block explains itself").isNotBlank();
        assertThat(items.get(1).getElement().getClassList()).contains("hm-plan-block");
        assertThat(items.get(0).getElement().getClassList()).contains("hm-plan-commitment");
        assertThat(text(view.summary)).contains("Draft").contains("1 h planned");
        assertThat(_get(Anchor.class, spec -> spec.withText("Today's task list")).getHref()).isEqualTo("today/list");
    }

    @Test
    void the_current_block_is_marked_in_words_and_start_focus_links_to_the_focus_route() {
        var report = task("Write report", 60);
        var plan = planner.accept();
        clock.set(plan.blocks().getFirst().start().plusSeconds(60));

        var view = open();

        var current = view.items().getFirst();
        assertThat(current.getElement().getAttribute("aria-current")).isEqualTo("time");
        assertThat(text(current)).contains("Now");
        var focus = _get(current, Anchor.class, spec -> spec.withText("Start focus"));
        assertThat(focus.getHref()).startsWith("focus?task=" + report + "&until=")
                .contains(plan.blocks().getFirst().end().toString().replace(":", "%3A"));
    }

    @Test
    void accepting_pinning_and_skipping_from_the_timeline_are_announced() {
        task("Write report", 60);
        task("Call the bank", 15);
        var view = open();

        _click(view.accept);
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("Today's plan accepted: 2 blocks.");
        assertThat(view.accept.isVisible()).isFalse();

        var first = view.plan().blocks().getFirst();
        _click(_get(Button.class, spec -> spec.withId("plan-pin-" + first.blockId())));
        assertThat(planner.today().blocks()).filteredOn(TodayPlan.Block::pinned).extracting(TodayPlan.Block::blockId).containsExactly(first.blockId());
        assertThat(Announcer.lastMessage(UI.getCurrent())).startsWith("Pinned '" + first.title() + "' at ");
        assertThat(text(view.items().getFirst())).contains("Pinned");

        var second = view.plan().blocks().get(1);
        _click(_get(Button.class, spec -> spec.withId("plan-skip-" + second.blockId())));
        assertThat(view.plan().blocks()).extracting(TodayPlan.Block::taskId).doesNotContain(second.taskId());
        assertThat(Announcer.lastMessage(UI.getCurrent())).startsWith("Skipped '" + second.title() + "' for today.");
        assertThat(_find(view.notToday, ListItem.class)).extracting(PlanViewTest::text).anySatisfy(t -> assertThat(t).contains(second.title())
                .contains("skipped"));
    }

    @Test
    void a_completion_elsewhere_re_plans_this_view_and_is_announced_once() {
        var report = task("Write report", 60);
        task("Call the bank", 15);
        task("Tidy desk", 30);
        var plan = planner.accept();
        var view = open();
        var first = plan.blocks().getFirst();
        clock.set(first.start().plusSeconds(300));

        var here = UI.getCurrent();
        UI.setCurrent(null); // completed in another window (the focus page, say)
        tasks.complete(first.taskId(), ChildrenOption.COMPLETE_CHILDREN);
        UI.setCurrent(here);
        Windows.awaitDelivery(live);

        assertThat(view.plan().blocks()).extracting(TodayPlan.Block::taskId).doesNotContain(first.taskId());
        assertThat(Announcer.lastMessage(here)).startsWith("Plan updated");
        assertThat(report).isNotNull();
    }

    @Test
    void done_on_a_draft_block_completes_the_task_and_the_draft_drops_it() {
        var report = task("Write report", 60);
        task("Call the bank", 15);
        var view = open();
        var block = view.plan().blocks().stream().filter(b -> b.taskId().equals(report)).findFirst().orElseThrow();

        _click(_get(Button.class, spec -> spec.withId("plan-done-" + block.blockId())));

        assertThat(tasks.get(report).status()).isEqualTo(app.helmsman.tasks.Status.DONE);
        assertThat(view.plan().blocks()).extracting(TodayPlan.Block::taskId).doesNotContain(report);
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("Done: 'Write report'.");
    }

    @Test
    void the_low_day_switch_says_whether_it_is_on_and_plans_less() {
        for (int i = 1; i <= 8; i++) {
            task("Task " + i, 60);
        }
        var view = open();
        int normal = view.plan().plannedMinutes();

        _click(view.lowDay);

        assertThat(view.lowDay.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(view.plan().energy()).isEqualTo(DayEnergy.LOW);
        assertThat(view.plan().plannedMinutes()).isLessThan(normal);
        assertThat(text(view.summary)).contains("Low day");
    }

    @Test
    void someone_else_sees_none_of_adas_plan() {
        task("Quokka errand", 30);
        planner.accept();
        fixtures.signOut();
        fixtures.user("bob@example.com");
        signIn("bob@example.com");

        var view = open();

        assertThat(view.items()).isEmpty();
        assertThat(text(view)).doesNotContain("Quokka");
    }
}
