package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 on the services: what is due soon, deadlines per Upcoming day, what was done today and one-key
 * scheduling, all in the person's own zone. At 12:30 UTC on Saturday 28 November it is already 01:30 on Sunday
 * 29 November in Auckland (UTC+13), where Kiri lives; Uma's days are UTC days.
 */
@IntegrationTest
class DaysAndDeadlinesIT {

    static final Instant NOW = Instant.parse("2026-11-28T12:30:00Z");
    static final LocalDate NOV_29 = LocalDate.of(2026, 11, 29);

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskListService taskLists;
    @Autowired
    TaskScheduleService schedule;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskTrashService trash;

    UUID kiri;
    UUID uma;

    @BeforeEach
    void kiriInAucklandUmaInUtc() {
        fixtures.resetDatabase();
        kiri = fixtures.user("kiri@example.com");
        uma = fixtures.user("uma@example.com");
        fixtures.timeZone(kiri, "Pacific/Auckland");
        clock.set(NOW);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void due_soon_counts_three_days_for_a_hard_deadline_and_until_tomorrow_for_a_soft_one_in_the_persons_zone() {
        fixtures.signIn("kiri@example.com");
        create(TaskDraft.titled("Hard in 3 days").withDeadlines(null, NOV_29.plusDays(3)));
        create(TaskDraft.titled("Hard in 4 days").withDeadlines(null, NOV_29.plusDays(4)));
        create(TaskDraft.titled("Soft tomorrow").withDeadlines(NOV_29.plusDays(1), null));
        create(TaskDraft.titled("Soft in 2 days").withDeadlines(NOV_29.plusDays(2), null));
        create(TaskDraft.titled("Hard passed").withDeadlines(null, NOV_29.minusDays(5)));
        create(TaskDraft.titled("Planned today, due tomorrow").withDoDate(NOV_29).withDeadlines(null, NOV_29.plusDays(1)));
        create(TaskDraft.titled("Planned next week, due sooner").withDoDate(NOV_29.plusDays(7)).withDeadlines(null, NOV_29.plusDays(2)));
        var done = create(TaskDraft.titled("Done already").withDeadlines(null, NOV_29));
        tasks.complete(done, null);
        var trashed = create(TaskDraft.titled("Trashed").withDeadlines(null, NOV_29));
        fixtures.signIn("uma@example.com");
        create(TaskDraft.titled("Uma's, due today").withDeadlines(null, LocalDate.of(2026, 11, 28)));
        create(TaskDraft.titled("Uma's, due in 4 days").withDeadlines(null, LocalDate.of(2026, 12, 2)));
        fixtures.signIn("kiri@example.com");
        trash.trash(trashed);

        assertThat(taskLists.dueSoon()).extracting(TaskView::title).containsExactly(
                "Hard passed", "Soft tomorrow", "Planned next week, due sooner", "Hard in 3 days");
        fixtures.signIn("uma@example.com");
        // 2 December is 4 days from Uma's 28 November but 3 from Kiri's 29th: days are each person's own
        assertThat(taskLists.dueSoon()).extracting(TaskView::title).containsExactly("Uma's, due today");
    }

    @Test
    void upcoming_puts_each_deadline_on_its_day_and_a_planned_task_on_both_days() {
        fixtures.signIn("kiri@example.com");
        create(TaskDraft.titled("Report").withDoDate(NOV_29.plusDays(1)).withDeadlines(NOV_29.plusDays(3), NOV_29.plusDays(5)));
        create(TaskDraft.titled("Same day twice").withDeadlines(NOV_29.plusDays(2), NOV_29.plusDays(2)));
        create(TaskDraft.titled("Beyond the fortnight").withDeadlines(null, NOV_29.plusDays(15)));

        var days = taskLists.upcoming();

        assertThat(day(days, NOV_29.plusDays(1)).tasks()).extracting(TaskView::title).containsExactly("Report");
        assertThat(day(days, NOV_29.plusDays(2)).deadlines()).extracting(TaskView::title).containsExactly("Same day twice");
        assertThat(day(days, NOV_29.plusDays(3)).deadlines()).extracting(TaskView::title).containsExactly("Report");
        assertThat(day(days, NOV_29.plusDays(5)).deadlines()).extracting(TaskView::title).containsExactly("Report");
        assertThat(days.stream().flatMap(d -> d.deadlines().stream()).map(TaskView::title)).doesNotContain("Beyond the fortnight");
    }

    @Test
    void done_today_is_from_midnight_to_midnight_in_the_persons_zone_and_only_theirs() {
        fixtures.signIn("kiri@example.com");
        var yesterday = create(TaskDraft.titled("Done on the 28th in Auckland"));
        var today = create(TaskDraft.titled("Done on the 29th in Auckland"));
        clock.set(Instant.parse("2026-11-28T10:59:00Z")); // 23:59 on the 28th in Auckland
        tasks.complete(yesterday, null);
        clock.set(Instant.parse("2026-11-28T11:00:00Z")); // midnight
        tasks.complete(today, null);
        fixtures.signIn("uma@example.com");
        tasks.complete(create(TaskDraft.titled("Uma's")), null);
        clock.set(NOW);

        fixtures.signIn("kiri@example.com");
        assertThat(taskLists.doneToday()).extracting(TaskView::title).containsExactly("Done on the 29th in Auckland");
        fixtures.signIn("uma@example.com");
        assertThat(taskLists.doneToday()).extracting(TaskView::title).containsExactly("Uma's");
    }

    @Test
    void scheduling_uses_the_persons_today_keeps_the_time_and_restore_puts_everything_back() {
        fixtures.signIn("kiri@example.com");
        var call = create(TaskDraft.titled("Call").withDoDate(LocalDate.of(2026, 11, 20)).withDoTime(LocalTime.of(9, 0)));
        var read = create(TaskDraft.titled("Read"));

        var before = schedule.schedule(List.of(call, read), When.TOMORROW);

        assertThat(tasks.get(call).doDate()).isEqualTo(NOV_29.plusDays(1));
        assertThat(tasks.get(call).doTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(tasks.get(read).doDate()).isEqualTo(NOV_29.plusDays(1));
        schedule.schedule(List.of(call), When.NEXT_WEEK);
        assertThat(tasks.get(call).doDate()).isEqualTo(LocalDate.of(2026, 11, 30)); // Auckland's Sunday: next week is tomorrow
        schedule.schedule(List.of(call), When.SOMEDAY);
        assertThat(tasks.get(call).doDate()).isNull();
        assertThat(tasks.get(call).doTime()).isNull();

        schedule.restore(before);

        assertThat(tasks.get(call).doDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(tasks.get(call).doTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(tasks.get(read).doDate()).isNull();
    }

    @Test
    void one_task_that_is_not_yours_schedules_nothing_at_all() {
        fixtures.signIn("uma@example.com");
        var umas = create(TaskDraft.titled("Uma's"));
        fixtures.signIn("kiri@example.com");
        var mine = create(TaskDraft.titled("Mine"));

        assertThatThrownBy(() -> schedule.schedule(List.of(mine, umas), When.TODAY)).isInstanceOf(TaskNotFoundException.class);

        assertThat(tasks.get(mine).doDate()).isNull();
        assertThatThrownBy(() -> schedule.restore(List.of(new DoDateSnapshot(umas, NOV_29, null)))).isInstanceOf(TaskNotFoundException.class);
        fixtures.signIn("uma@example.com");
        assertThat(tasks.get(umas).doDate()).isNull();
    }

    @Test
    void a_viewer_of_a_shared_project_may_not_schedule_its_tasks() {
        fixtures.signIn("uma@example.com");
        var project = projects.createProject(ProjectDraft.named("Garden")).id();
        var rose = create(TaskDraft.titled("Prune the roses").inProject(project));
        fixtures.share(project, "kiri@example.com", ProjectRole.VIEWER);
        fixtures.signIn("kiri@example.com");

        assertThatThrownBy(() -> schedule.schedule(List.of(rose), When.TODAY)).isInstanceOf(NotAllowedException.class);

        fixtures.signIn("uma@example.com");
        assertThat(tasks.get(rose).doDate()).isNull();
    }

    @Test
    void restore_refuses_a_day_out_of_range_and_too_many_tasks_with_a_sentence() {
        fixtures.signIn("kiri@example.com");
        var task = create(TaskDraft.titled("Old"));

        assertThatThrownBy(() -> schedule.restore(List.of(new DoDateSnapshot(task, LocalDate.of(1850, 1, 1), null))))
                .isInstanceOf(TaskValidationException.class).hasMessageContaining("between 1900 and 2200");
        var many = java.util.stream.Stream.generate(UUID::randomUUID).limit(InputBounds.BULK_IDS_MAX + 1).toList();
        assertThatThrownBy(() -> schedule.schedule(many, When.TODAY)).isInstanceOf(TaskValidationException.class)
                .hasMessageContaining("at most 1000 tasks");
        assertThat(tasks.get(task).doDate()).isNull();
    }

    private UUID create(TaskDraft draft) {
        return tasks.create(draft).id();
    }

    private static UpcomingDay day(List<UpcomingDay> days, LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }
}
