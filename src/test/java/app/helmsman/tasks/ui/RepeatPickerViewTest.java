package app.helmsman.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.tasks.RepeatPattern.MonthlyOn;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.UI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Repeating is picked in words, previewed in words, and an RRULE is only the advanced choice. */
class RepeatPickerViewTest extends KaribuTest {

    @Autowired
    TaskService tasks;

    TaskDetails task;
    TaskDetailsDialog dialog;

    @BeforeEach
    void openDetails() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("");
        // a Thursday
        task = tasks.create(TaskDraft.titled("Water plants").withDoDate(LocalDate.of(2026, 12, 10)));
        dialog = open(task.id());
        dialog.showMore(true);
    }

    @Test
    void a_task_that_does_not_repeat_offers_words_and_hides_the_rrule_text() {
        assertThat(dialog.repeat.repeats.getValue()).isEqualTo(RepeatFields.Choice.NONE);
        assertThat(dialog.repeat.preview.getText()).isEqualTo("Does not repeat");
        assertThat(dialog.repeat.rule.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(dialog.repeat.interval.isVisible()).isFalse();
    }

    @Test
    void every_week_on_starts_on_the_do_dates_weekday_and_saves_the_chosen_days() {
        setValue(dialog.repeat.repeats, RepeatFields.Choice.WEEKLY);

        assertThat(dialog.repeat.days.getValue()).containsExactly(DayOfWeek.THURSDAY);
        assertThat(stored().recurrenceRule()).isEqualTo("FREQ=WEEKLY;BYDAY=TH");

        setValue(dialog.repeat.days, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        setValue(dialog.repeat.interval, 2);

        assertThat(stored().recurrenceRule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH");
        assertThat(dialog.repeat.preview.getText()).isEqualTo("Every other week on Monday and Thursday");
    }

    @Test
    void every_weekday_and_every_month_on_the_last_friday_are_said_in_words() {
        setValue(dialog.repeat.repeats, RepeatFields.Choice.WEEKDAYS);
        assertThat(dialog.repeat.preview.getText()).isEqualTo("Every week on weekdays");
        assertThat(stored().recurrenceRule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");

        setValue(dialog.repeat.repeats, RepeatFields.Choice.MONTHLY);
        assertThat(dialog.repeat.monthDay.getValue()).isEqualTo(new MonthlyOn(10, null));
        setValue(dialog.repeat.monthDay, new MonthlyOn(-1, DayOfWeek.FRIDAY));

        assertThat(dialog.repeat.preview.getText()).isEqualTo("Every month on the last Friday");
        assertThat(stored().recurrenceRule()).contains("FREQ=MONTHLY").contains("BYDAY=-1FR");
    }

    @Test
    void an_interval_out_of_bounds_is_refused_next_to_the_picker_and_nothing_is_saved() {
        setValue(dialog.repeat.repeats, RepeatFields.Choice.DAILY);
        setValue(dialog.repeat.interval, 100);

        assertThat(dialog.repeat.repeats.isInvalid()).isTrue();
        assertThat(dialog.repeat.repeats.getErrorMessage()).isEqualTo("Repeat every 1 to 99, not 100.");
        assertThat(stored().recurrenceRule()).isEqualTo("FREQ=DAILY");
    }

    @Test
    void a_stored_rule_the_picker_knows_opens_as_that_choice() {
        tasks.update(task.id(), stored().version(), stored().toChange().withRecurrence("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15", null));
        dialog.close();
        dialog = open(task.id());

        assertThat(dialog.repeat.repeats.getValue()).isEqualTo(RepeatFields.Choice.MONTHLY);
        assertThat(dialog.repeat.interval.getValue()).isEqualTo(3);
        assertThat(dialog.repeat.monthDay.getValue()).isEqualTo(new MonthlyOn(15, null));
        assertThat(dialog.repeat.preview.getText()).isEqualTo("Every 3 months on the 15th");
    }

    @Test
    void an_advanced_rule_is_still_typed_checked_and_said_in_words() {
        setValue(dialog.repeat.repeats, RepeatFields.Choice.CUSTOM);
        assertThat(dialog.repeat.rule.getParent().orElseThrow().isVisible()).isTrue();

        setValue(dialog.repeat.rule, "FREQ=YEARLY;BYMONTH=3");

        assertThat(stored().recurrenceRule()).contains("FREQ=YEARLY");
        assertThat(dialog.repeat.preview.getText()).isEqualTo("Every year in March");

        setValue(dialog.repeat.rule, "FREQ=SOMETIMES");
        assertThat(dialog.repeat.rule.isInvalid()).isTrue();
    }

    private TaskDetails stored() {
        return tasks.get(task.id());
    }

    private TaskDetailsDialog open(UUID id) {
        var editor = (TaskDetailsEditor) context.getBean(TaskEditor.class);
        editor.open(id, () -> { });
        return editor.current();
    }
}
