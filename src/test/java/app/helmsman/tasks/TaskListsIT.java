package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Today, Inbox, Upcoming and ready tasks are computed in each person's own zone. At 12:30 UTC on 28 November
 * it is already 01:30 on 29 November in Auckland (UTC+13).
 */
@IntegrationTest
class TaskListsIT {

    static final PageRequest PAGE = PageRequest.of(0, 50);
    static final Instant NOW = Instant.parse("2026-11-28T12:30:00Z");
    static final LocalDate NOV_27 = LocalDate.of(2026, 11, 27);
    static final LocalDate NOV_28 = LocalDate.of(2026, 11, 28);
    static final LocalDate NOV_29 = LocalDate.of(2026, 11, 29);

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskDependencyService dependencies;
    @Autowired
    TaskListService taskLists;

    UUID kiri;
    UUID uma;

    @BeforeEach
    void twoPeopleOnEitherSideOfTheDateLine() {
        fixtures.resetDatabase();
        kiri = fixtures.user("kiri@example.com");
        uma = fixtures.user("uma@example.com");
        fixtures.timeZone(kiri, "Pacific/Auckland");
        clock.set(NOW);
        for (var email : new String[] {"kiri@example.com", "uma@example.com"}) {
            fixtures.signIn(email);
            tasks.create(TaskDraft.titled("Planned 27th").withDoDate(NOV_27));
            tasks.create(TaskDraft.titled("Planned 28th").withDoDate(NOV_28).withDoTime(LocalTime.of(9, 0)));
            tasks.create(TaskDraft.titled("Planned 29th").withDoDate(NOV_29));
            tasks.create(TaskDraft.titled("Planned 12 December").withDoDate(LocalDate.of(2026, 12, 12)));
            tasks.create(TaskDraft.titled("Planned 13 December").withDoDate(LocalDate.of(2026, 12, 13)));
            tasks.create(TaskDraft.titled("Someday"));
        }
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void today_in_auckland_is_already_the_29th_and_the_28th_has_rolled_over() {
        fixtures.signIn("kiri@example.com");

        var today = taskLists.today(PAGE).getContent();

        assertThat(today).extracting(TaskView::title, TaskView::rolledOver).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Planned 29th", false),
                org.assertj.core.groups.Tuple.tuple("Planned 28th", true),
                org.assertj.core.groups.Tuple.tuple("Planned 27th", true));
    }

    @Test
    void today_in_utc_is_the_28th_and_the_29th_is_tomorrow() {
        fixtures.signIn("uma@example.com");

        var today = taskLists.today(PAGE).getContent();

        assertThat(today).extracting(TaskView::title, TaskView::rolledOver).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Planned 28th", false),
                org.assertj.core.groups.Tuple.tuple("Planned 27th", true));
    }

    @Test
    void a_person_whose_zone_is_not_known_yet_gets_utc_days() {
        fixtures.signIn("uma@example.com");
        fixtures.timeZone(uma, null);
        clock.set(Instant.parse("2026-11-28T23:59:59Z"));

        assertThat(taskLists.today(PAGE).getContent()).extracting(TaskView::title).contains("Planned 28th").doesNotContain("Planned 29th");
        clock.set(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(taskLists.today(PAGE).getContent()).extracting(TaskView::title).contains("Planned 29th");
    }

    @Test
    void upcoming_shows_fourteen_days_from_tomorrow_in_each_persons_zone() {
        fixtures.signIn("kiri@example.com");
        var kiriDays = taskLists.upcoming();
        fixtures.signIn("uma@example.com");
        var umaDays = taskLists.upcoming();

        assertThat(kiriDays).hasSize(14);
        assertThat(kiriDays.getFirst().date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(kiriDays.getLast().date()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(kiriDays.stream().flatMap(d -> d.tasks().stream()).map(TaskView::title))
                .containsExactly("Planned 12 December", "Planned 13 December");
        assertThat(umaDays.getFirst().date()).isEqualTo(NOV_29);
        assertThat(umaDays.getFirst().tasks()).extracting(TaskView::title).containsExactly("Planned 29th");
        assertThat(umaDays.getLast().date()).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(umaDays.stream().flatMap(d -> d.tasks().stream()).map(TaskView::title))
                .containsExactly("Planned 29th", "Planned 12 December");
    }

    @Test
    void every_list_marks_what_rolled_over_by_the_persons_own_day() {
        fixtures.signIn("kiri@example.com");
        assertThat(rolledOverTitles(taskLists.inbox(PAGE).getContent())).containsExactly("Planned 27th", "Planned 28th");
        assertThat(rolledOverTitles(taskLists.ready(PAGE).getContent())).containsExactlyInAnyOrder("Planned 27th", "Planned 28th");
        assertThat(rolledOverTitles(taskLists.search(TaskSearch.text("planned"), PAGE).getContent())).containsExactlyInAnyOrder("Planned 27th", "Planned 28th");

        fixtures.signIn("uma@example.com");
        assertThat(rolledOverTitles(taskLists.inbox(PAGE).getContent())).containsExactly("Planned 27th");
        assertThat(rolledOverTitles(taskLists.ready(PAGE).getContent())).containsExactly("Planned 27th");
    }

    private static java.util.List<String> rolledOverTitles(java.util.List<TaskView> views) {
        return views.stream().filter(TaskView::rolledOver).map(TaskView::title).toList();
    }

    @Test
    void the_inbox_lists_open_top_level_tasks_without_a_project_whatever_their_date() {
        fixtures.signIn("kiri@example.com");
        var someday = taskLists.inbox(PAGE).getContent().getLast();
        tasks.create(TaskDraft.titled("Subtask").under(someday.id()));
        tasks.complete(taskLists.inbox(PAGE).getContent().getFirst().id(), null);

        assertThat(taskLists.inbox(PAGE).getContent()).extracting(TaskView::title).containsExactly(
                "Planned 28th", "Planned 29th", "Planned 12 December", "Planned 13 December", "Someday");
        assertThat(taskLists.inbox(PAGE).getContent().getLast().childrenTotal()).isEqualTo(1);
    }

    @Test
    void a_completed_task_leaves_today_and_ready() {
        fixtures.signIn("uma@example.com");
        var planned = taskLists.today(PAGE).getContent().getFirst();

        tasks.complete(planned.id(), null);

        assertThat(taskLists.today(PAGE).getContent()).extracting(TaskView::title).containsExactly("Planned 27th");
        assertThat(taskLists.ready(PAGE).getContent()).extracting(TaskView::title).doesNotContain("Planned 28th").hasSize(5);
    }

    @Test
    void a_task_waiting_for_another_shows_as_waiting_in_today() {
        fixtures.signIn("uma@example.com");
        var today = taskLists.today(PAGE).getContent();

        dependencies.addDependency(today.get(0).id(), today.get(1).id());

        assertThat(taskLists.today(PAGE).getContent()).extracting(TaskView::waiting).containsExactly(true, false);
        assertThat(taskLists.ready(PAGE).getContent()).extracting(TaskView::title).doesNotContain("Planned 28th");
    }
}
