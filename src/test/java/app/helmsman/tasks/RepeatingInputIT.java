package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.tasks.transfer.ImportProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Repeat rules and series starts are refused with a clear message wherever they come in: import, details, quick add (findings 1 and 2). */
@IntegrationTest
class RepeatingInputIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskTransferService transfer;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signedIn() {
        fixtures.resetDatabase();
        fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
        clock.set(Instant.parse("2026-11-23T08:00:00Z"));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void a_backup_whose_repeating_task_starts_in_year_minus_one_is_refused_with_its_line_and_nothing_is_imported() {
        var json = """
                {
                  "format": "helmsman",
                  "version": 1,
                  "tasks": [
                    { "id": "1", "title": "Fine" },
                    { "id": "2", "title": "Ancient", "recurrenceRule": "FREQ=DAILY", "recurrenceStart": "-0001-01-01" }
                  ]
                }
                """;

        assertThatThrownBy(() -> transfer.importFile("backup.json", json.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).extracting(ImportProblem::describe)
                        .containsExactly("Line 6: A repeating task must start between 1900 and 2200, not on -0001-01-01."));
        assertThat(taskCount()).isZero();
    }

    @Test
    void a_csv_row_whose_repeat_rule_never_happens_is_refused_and_nothing_is_imported() {
        var csv = """
                title,recurrence_rule
                Fine,FREQ=WEEKLY
                Never,FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30
                """;

        assertThatThrownBy(() -> transfer.importFile("tasks.csv", csv.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).extracting(ImportProblem::describe)
                        .containsExactly("Line 3: The repeat rule \"FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30\" cannot be used: "
                                + "This rule never happens: FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"));
        assertThat(taskCount()).isZero();
    }

    @Test
    void a_new_repeating_task_planned_for_year_minus_one_is_refused_on_its_do_date_and_not_saved() {
        var draft = TaskDraft.titled("Ancient").withDoDate(LocalDate.of(-1, 1, 1)).repeating("FREQ=DAILY", RecurrenceMode.FIXED);

        // the do date's own range check (every date 1900-2200) answers first; the series start is held to the same range
        assertThatThrownBy(() -> tasks.create(draft)).isInstanceOfSatisfying(TaskValidationException.class,
                e -> assertThat(e.errors()).hasEntrySatisfying("doDate", message -> assertThat(message).contains("between 1900 and 2200")));
        assertThat(taskCount()).isZero();
    }

    @Test
    void making_a_task_of_year_minus_one_repeat_in_its_details_is_refused_and_changes_nothing() {
        var created = tasks.create(TaskDraft.titled("Ancient").withDoDate(LocalDate.of(2026, 1, 1)));
        // a do date stored before dates were bounded (the services refuse year -1 now)
        jdbc.update("update tasks set do_date = date '0002-01-01 BC' where id = ?", created.id());
        var task = tasks.get(created.id());
        assertThat(task.doDate().getYear()).as("a stored do date out of range").isLessThan(1900);
        var change = task.toChange().withRecurrence("FREQ=DAILY", RecurrenceMode.FIXED);

        assertThatThrownBy(() -> tasks.update(task.id(), task.version(), change)).isInstanceOf(TaskValidationException.class)
                .hasMessageContaining("between 1900 and 2200");
        assertThat(tasks.get(task.id()).recurrenceRule()).isNull();
    }

    @Test
    void a_rule_that_never_happens_is_refused_in_the_details_with_a_message_on_the_rule_field() {
        var task = tasks.create(TaskDraft.titled("Leap").withDoDate(LocalDate.of(2026, 11, 23)));
        var change = task.toChange().withRecurrence("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", RecurrenceMode.FIXED);

        assertThatThrownBy(() -> tasks.update(task.id(), task.version(), change)).isInstanceOfSatisfying(TaskValidationException.class,
                e -> assertThat(e.errors()).containsEntry("recurrenceRule", "This rule never happens: FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"));
        assertThat(tasks.get(task.id()).recurrenceRule()).isNull();
    }

    private int taskCount() {
        return jdbc.queryForObject("select count(*) from tasks", Integer.class);
    }
}
