package app.helmsman.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.tasks.Energy;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskChipsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final UUID ME = UUID.randomUUID();

    @Test
    void deadlines_are_said_in_words_and_a_passed_one_calmly() {
        assertThat(TaskChips.relative(TODAY, TODAY)).isEqualTo("today");
        assertThat(TaskChips.relative(TODAY.plusDays(1), TODAY)).isEqualTo("tomorrow");
        assertThat(TaskChips.relative(TODAY.plusDays(3), TODAY)).isEqualTo("in 3 days");
        assertThat(TaskChips.relative(TODAY.minusDays(1), TODAY)).isEqualTo("was yesterday");
        assertThat(TaskChips.relative(TODAY.minusDays(4), TODAY)).isEqualTo("was 4 days ago");
        assertThat(TaskChips.relative(LocalDate.of(2027, 1, 15), TODAY)).isEqualTo("on Fri 15 Jan");
    }

    @Test
    void a_soft_deadline_reads_as_a_plain_aim_without_a_stray_on() {
        assertThat(TaskChips.aim(LocalDate.of(2026, 12, 20), TODAY)).isEqualTo("Aim for Sun 20 Dec");
        assertThat(TaskChips.aim(TODAY, TODAY)).isEqualTo("Aim for today");
        assertThat(TaskChips.aim(TODAY.plusDays(1), TODAY)).isEqualTo("Aim for tomorrow");
        assertThat(TaskChips.aim(TODAY.minusDays(1), TODAY)).isEqualTo("Aimed for yesterday");
        var task = new TaskView(UUID.randomUUID(), "Tidy", Status.TODO, null, null, 4, null, null, LocalDate.of(2026, 12, 20), null, null,
                null, null, List.of(), 0, false, false, false, 0, 0, null, null, 0, null);
        assertThat(TaskChips.of(task, TODAY, Map.of(), ME)).extracting(TaskChips.Chip::text).containsExactly("Aim for Sun 20 Dec");
    }

    @Test
    void a_do_time_is_written_like_every_other_time() {
        var task = new TaskView(UUID.randomUUID(), "Call", Status.TODO, null, null, 4, TODAY, LocalTime.of(15, 0), null, null, null,
                null, null, List.of(), 0, false, false, false, 0, 0, null, null, 0, ME);
        assertThat(TaskChips.doDate(task, TODAY)).isEqualTo("Today " + app.helmsman.shared.ui.DateFormats.time(LocalTime.of(15, 0)));
    }

    @Test
    void estimates_read_as_hours_and_minutes() {
        assertThat(TaskChips.duration(15)).isEqualTo("15 min");
        assertThat(TaskChips.duration(60)).isEqualTo("1 h");
        assertThat(TaskChips.duration(90)).isEqualTo("1 h 30 min");
    }

    @Test
    void every_signal_is_a_word_and_a_carried_over_task_is_never_overdue() {
        var project = UUID.randomUUID();
        var task = new TaskView(UUID.randomUUID(), "Call mom", Status.IN_PROGRESS, Energy.LOW, null, 2, TODAY.minusDays(2),
                LocalTime.of(9, 0), null, TODAY.plusDays(1), 30, project, null, List.of("family"), 0, true, true, true, 1, 3, null, null,
                0, ME);

        var chips = TaskChips.of(task, TODAY, Map.of(project, "Home"), ME).stream().map(TaskChips.Chip::text).toList();

        assertThat(chips).containsExactly("In progress", "Waiting", "Carried over from Tue 1 Dec", "Deadline tomorrow", "30 min",
                "Low energy", "Priority 2", "Home", "Assigned to you", "#family", "1 of 3 subtasks done", "Repeats");
        assertThat(String.join(" ", chips)).doesNotContainIgnoringCase("overdue");
    }
}
