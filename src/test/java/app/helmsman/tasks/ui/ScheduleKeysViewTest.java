package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.tasks.TaskDraft;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** One-key scheduling in the lists (issue 14): t today, o tomorrow, w next week, d someday; Thursday 3 December 2026. */
class ScheduleKeysViewTest extends TaskViewTestSupport {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void t_plans_an_inbox_task_for_today_and_says_so() {
        var id = create("Water the plants");
        UI.getCurrent().navigate(InboxView.class);

        press(keys(), "t");

        assertThat(tasks.get(id).doDate()).isEqualTo(TODAY);
        assertThat(announced()).isEqualTo("Moved 'Water the plants' to today. Press Control Z to undo.");
        assertThat(chips("Water the plants")).containsExactly("Today");
    }

    @Test
    void o_moves_a_task_out_of_today_to_tomorrow_keeping_its_time_and_undo_puts_it_back_exactly() {
        var id = create(TaskDraft.titled("Call the bank").withDoDate(TODAY.minusDays(1)).withDoTime(LocalTime.of(9, 15)));
        create(TaskDraft.titled("Stretch").withDoDate(TODAY));
        UI.getCurrent().navigate(TodayView.class);
        list().makeCurrent(id, true);

        press(keys(), "o");

        assertThat(tasks.get(id).doDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(tasks.get(id).doTime()).isEqualTo(LocalTime.of(9, 15));
        assertThat(titles()).containsExactly("Stretch");
        assertThat(currentTitle()).isEqualTo("Stretch");
        assertThat(announced()).startsWith("Moved 'Call the bank' to tomorrow");

        LocatorJ._click(_get(Button.class, spec -> spec.withText("Undo")));

        assertThat(tasks.get(id).doDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(tasks.get(id).doTime()).isEqualTo(LocalTime.of(9, 15));
        assertThat(titles()).containsExactly("Stretch", "Call the bank");
    }

    @Test
    void w_moves_the_selection_to_next_monday_in_one_go_and_ctrl_z_undoes_all_of_it() {
        var first = create(TaskDraft.titled("First").withDoDate(TODAY));
        var second = create(TaskDraft.titled("Second").withDoDate(TODAY.minusDays(3)));
        var third = create(TaskDraft.titled("Third").withDoDate(TODAY));
        UI.getCurrent().navigate(TodayView.class);
        press(keys(), "s");
        press(keys(), "j");
        press(keys(), "j");
        press(keys(), "s");

        press(keys(), "w");

        assertThat(tasks.get(first).doDate()).isEqualTo(MONDAY);
        assertThat(tasks.get(second).doDate()).isEqualTo(MONDAY);
        assertThat(tasks.get(third).doDate()).isEqualTo(TODAY);
        assertThat(titles()).containsExactly("Third");
        assertThat(list().selected()).isEmpty();
        assertThat(announced()).startsWith("Moved 2 tasks to next week, Monday 7 December");

        pressCtrl(UI.getCurrent(), "z");

        assertThat(tasks.get(first).doDate()).isEqualTo(TODAY);
        assertThat(tasks.get(second).doDate()).isEqualTo(TODAY.minusDays(3));
        assertThat(titles()).containsExactlyInAnyOrder("First", "Third", "Second");
    }

    @Test
    void d_takes_the_date_and_time_off_and_the_task_stays_in_its_list() {
        var id = create(TaskDraft.titled("Learn the cello").withDoDate(TODAY.plusDays(2)).withDoTime(LocalTime.of(18, 0)));
        UI.getCurrent().navigate(InboxView.class);

        press(keys(), "d");

        assertThat(tasks.get(id).doDate()).isNull();
        assertThat(tasks.get(id).doTime()).isNull();
        assertThat(titles()).containsExactly("Learn the cello");
        assertThat(announced()).startsWith("Moved 'Learn the cello' to someday (no date)");
    }
}
