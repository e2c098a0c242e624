package app.helmsman.planner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.TestClock;
import app.helmsman.planner.DayEnergy;
import app.helmsman.planner.PlanSuggestion;
import app.helmsman.planner.PlannerService;
import app.helmsman.planner.TodayPlan;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanMyDayDialogTest extends KaribuTest {

    static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    PlannerService planner;

    @BeforeEach
    void adaOnMondayMorning() {
        clock.set(Instant.parse("2026-11-23T08:00:00Z"));
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
    }

    @Test
    void suggestions_say_why_and_the_totals_follow_the_picks_until_accept_plans_only_the_picked_tasks() {
        tasks.create(TaskDraft.titled("Pay rent").withEstimate(15).withDeadlines(null, MONDAY.plusDays(2)));
        tasks.create(TaskDraft.titled("Write report").withEstimate(120).withPriority(1));
        tasks.create(TaskDraft.titled("Someday idea").withEstimate(30).withPriority(4));
        UI.getCurrent().navigate("");
        var view = _get(PlanView.class);

        _click(view.planMyDay);
        var dialog = _get(PlanMyDayDialog.class);

        assertThat(dialog.picks.getListDataView().getItems().map(s -> dialog.picks.getItemLabelGenerator().apply(s)).toList())
                .containsExactlyInAnyOrder("Pay rent \u2014 Must be done by Wednesday (15 min)", "Write report \u2014 Priority 1 (2 h)");
        assertThat(dialog.picks.getValue()).extracting(PlanSuggestion::title).containsExactlyInAnyOrder("Pay rent", "Write report");
        assertThat(dialog.totals.getText()).isEqualTo("2 h 15 min planned of 8 h free today.");

        setValue(dialog.picks, Set.copyOf(dialog.picks.getValue().stream().filter(s -> s.title().equals("Pay rent")).toList()));
        assertThat(dialog.totals.getText()).isEqualTo("15 min planned of 8 h free today.");
        assertThat(planner.today().accepted()).as("nothing is stored before Accept").isFalse();

        setValue(dialog.energy, DayEnergy.LOW);
        _click(dialog.accept);

        assertThat(dialog.isOpened()).isFalse();
        var plan = planner.today();
        assertThat(plan.accepted()).isTrue();
        assertThat(plan.energy()).isEqualTo(DayEnergy.LOW);
        assertThat(plan.blocks()).extracting(TodayPlan.Block::title).containsExactly("Pay rent");
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("Today's plan accepted: 1 block.");
        assertThat(view.plan().accepted()).isTrue();
    }

    @Test
    void with_nothing_pressing_it_offers_the_most_important_ready_tasks_unpicked() {
        tasks.create(TaskDraft.titled("Someday idea").withEstimate(30).withPriority(4));
        UI.getCurrent().navigate("");

        _click(_get(PlanView.class).planMyDay);
        var dialog = _get(PlanMyDayDialog.class);

        assertThat(dialog.picks.getListDataView().getItems()).extracting(PlanSuggestion::title).containsExactly("Someday idea");
        assertThat(dialog.picks.getValue()).isEmpty();
    }
}
