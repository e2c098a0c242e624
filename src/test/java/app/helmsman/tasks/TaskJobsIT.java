package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Repeating tasks (on completion and by the job) and the trash purge, on the real database. */
@IntegrationTest
class TaskJobsIT {

    static final PageRequest PAGE = PageRequest.of(0, 50);

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskTrashService trash;
    @Autowired
    RecurrenceJob recurrenceJob;
    @Autowired
    TrashPurgeJob purgeJob;
    @Autowired
    JdbcTemplate jdbc;

    UUID ada;

    @BeforeEach
    void signedIn() {
        fixtures.resetDatabase();
        ada = fixtures.user("ada@example.com");
        fixtures.timeZone(ada, "Europe/Berlin");
        fixtures.signIn("ada@example.com");
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void completing_a_fixed_weekly_task_creates_the_next_one_a_week_later_with_its_time_tags_and_deadline() {
        clock.set(Instant.parse("2026-11-23T08:00:00Z")); // Monday
        var monday = LocalDate.of(2026, 11, 23);
        var task = tasks.create(TaskDraft.titled("Team sync").withDoDate(monday).withDoTime(LocalTime.of(9, 30)).withTags("work")
                .withDeadlines(monday.plusDays(1), null).repeating("FREQ=WEEKLY;BYDAY=MO", RecurrenceMode.FIXED));

        var completion = tasks.complete(task.id(), null);

        var next = tasks.get(completion.nextInstance().orElseThrow());
        assertThat(next.doDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(next.doTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(next.softDeadline()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(next.tags()).containsExactly("work");
        assertThat(next.status()).isEqualTo(Status.TODO);
        assertThat(next.seriesId()).isEqualTo(task.seriesId());
        assertThat(next.recurrenceRule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
    }

    @Test
    void completing_twice_or_completing_an_older_instance_never_makes_a_second_next_instance() {
        clock.set(Instant.parse("2026-11-23T08:00:00Z"));
        var task = tasks.create(TaskDraft.titled("Water plants").withDoDate(LocalDate.of(2026, 11, 23)).repeating("FREQ=DAILY", null));
        var next = tasks.complete(task.id(), null).nextInstance().orElseThrow();

        tasks.reopen(task.id());
        var again = tasks.complete(task.id(), null);

        assertThat(again.nextInstance()).isEmpty();
        assertThat(instancesOf(task.seriesId())).isEqualTo(2);
        assertThat(tasks.get(next).doDate()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void the_next_instance_keeps_its_remind_me_time_moved_by_the_same_number_of_days() {
        clock.set(Instant.parse("2026-11-23T08:00:00Z"));
        var task = tasks.create(TaskDraft.titled("Take the bins out").withDoDate(LocalDate.of(2026, 11, 23)).repeating("FREQ=WEEKLY", null)
                .withRemindAt(Instant.parse("2026-11-23T17:00:00Z")));

        var next = tasks.complete(task.id(), null).nextInstance().orElseThrow();

        assertThat(tasks.get(next).doDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(tasks.get(next).remindAt()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
    }

    @Test
    void after_completion_counts_from_the_day_it_was_done_in_the_persons_zone() {
        clock.set(Instant.parse("2026-11-20T08:00:00Z"));
        var task = tasks.create(TaskDraft.titled("Clean the fridge").withDoDate(LocalDate.of(2026, 11, 20))
                .repeating("FREQ=DAILY;INTERVAL=10", RecurrenceMode.AFTER_COMPLETION));
        // done late, at 23:30 UTC on the 27th: already the 28th in Berlin
        clock.set(Instant.parse("2026-11-27T23:30:00Z"));

        var next = tasks.complete(task.id(), null).nextInstance().orElseThrow();

        assertThat(tasks.get(next).doDate()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void the_job_creates_the_next_instance_of_a_fixed_series_in_the_persons_zone_even_if_nobody_opens_the_app() {
        clock.set(Instant.parse("2026-11-23T08:00:00Z"));
        var task = tasks.create(TaskDraft.titled("Stand-up").withDoDate(LocalDate.of(2026, 11, 23)).repeating("FREQ=DAILY", RecurrenceMode.FIXED));
        fixtures.signOut();

        clock.set(Instant.parse("2026-11-23T22:59:00Z")); // 23:59 in Berlin, still the 23rd
        assertThat(recurrenceJob.run()).isZero();
        clock.set(Instant.parse("2026-11-23T23:00:00Z")); // midnight in Berlin: the 24th
        assertThat(recurrenceJob.run()).isEqualTo(1);
        assertThat(recurrenceJob.run()).isZero();

        assertThat(jdbc.queryForList("select do_date from tasks where series_id = ? order by do_date", LocalDate.class, task.seriesId()))
                .containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24));
    }

    @Test
    void the_job_starts_each_day_at_local_midnight_on_both_sides_of_the_autumn_dst_change() {
        fixtures.timeZone(ada, "Europe/Berlin");
        clock.set(Instant.parse("2026-10-24T08:00:00Z"));
        var task = tasks.create(TaskDraft.titled("Meds").withDoDate(LocalDate.of(2026, 10, 24)).withDoTime(LocalTime.of(8, 0))
                .repeating("FREQ=DAILY", null));
        fixtures.signOut();

        clock.set(Instant.parse("2026-10-24T21:59:00Z")); // 23:59 CEST on the 24th
        assertThat(recurrenceJob.run()).isZero();
        clock.set(Instant.parse("2026-10-24T22:00:00Z")); // midnight CEST: the 25th, the night clocks go back
        assertThat(recurrenceJob.run()).isEqualTo(1);
        clock.set(Instant.parse("2026-10-25T22:30:00Z")); // 23:30 CET, still the 25th although 24.5 hours have passed
        assertThat(recurrenceJob.run()).isZero();
        clock.set(Instant.parse("2026-10-25T23:00:00Z")); // midnight CET: the 26th
        assertThat(recurrenceJob.run()).isEqualTo(1);

        assertThat(jdbc.queryForList("select do_date from tasks where series_id = ? order by do_date", LocalDate.class, task.seriesId()))
                .containsExactly(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 26));
        assertThat(jdbc.queryForList("select do_time from tasks where series_id = ?", LocalTime.class, task.seriesId()))
                .containsOnly(LocalTime.of(8, 0));
    }

    @Test
    void the_job_does_not_pile_up_missed_days_and_stops_when_the_latest_instance_is_trashed() {
        clock.set(Instant.parse("2026-11-20T08:00:00Z"));
        var task = tasks.create(TaskDraft.titled("Journal").withDoDate(LocalDate.of(2026, 11, 20)).repeating("FREQ=DAILY", null));
        clock.set(Instant.parse("2026-11-28T08:00:00Z"));

        assertThat(recurrenceJob.run()).isEqualTo(1);
        var latest = jdbc.queryForObject("select id from tasks where series_id = ? and occurrence_date = ?", UUID.class, task.seriesId(), LocalDate.of(2026, 11, 28));
        trash.trash(latest);
        clock.set(Instant.parse("2026-11-30T08:00:00Z"));

        assertThat(recurrenceJob.run()).isZero();
        assertThat(instancesOf(task.seriesId())).isEqualTo(2);
    }

    @Test
    void the_job_run_twice_at_once_creates_each_instance_once() throws Exception {
        clock.set(Instant.parse("2026-11-20T08:00:00Z"));
        var seriesIds = new ArrayList<UUID>();
        for (int k = 0; k < 20; k++) {
            seriesIds.add(tasks.create(TaskDraft.titled("Habit " + k).withDoDate(LocalDate.of(2026, 11, 20)).repeating("FREQ=DAILY", null)).seriesId());
        }
        fixtures.signOut();
        clock.set(Instant.parse("2026-11-28T08:00:00Z"));

        var start = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var runs = new ArrayList<Future<Integer>>();
            for (int k = 0; k < 2; k++) {
                runs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return recurrenceJob.run();
                }));
            }
            int created = 0;
            for (var run : runs) {
                created += run.get(60, TimeUnit.SECONDS);
            }
            assertThat(created).isEqualTo(20);
        }
        for (var series : seriesIds) {
            assertThat(instancesOf(series)).isEqualTo(2);
        }
    }

    @Test
    void the_unique_occurrence_index_is_the_last_line_of_defence_when_the_lock_is_not_taken() throws Exception {
        clock.set(Instant.parse("2026-11-20T08:00:00Z"));
        var task = tasks.create(TaskDraft.titled("Stretch").withDoDate(LocalDate.of(2026, 11, 20)).repeating("FREQ=DAILY", null));
        clock.set(Instant.parse("2026-11-28T08:00:00Z"));
        fixtures.signOut();

        // as if two replicas got past the lock: both call the generator itself, at once
        var series = context.getBean(SeriesScheduler.class);
        var transactions = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
        var start = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var now = clock.instant();
            var a = pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return transactions.execute(s -> series.dueSeries(now).stream().mapToInt(due -> series.createDueInstance(due, now)).sum());
            });
            var b = pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return transactions.execute(s -> series.dueSeries(now).stream().mapToInt(due -> series.createDueInstance(due, now)).sum());
            });
            assertThat(a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(instancesOf(task.seriesId())).isEqualTo(2);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void the_purge_job_deletes_what_has_been_in_the_trash_for_more_than_30_days_and_keeps_the_rest() {
        clock.set(Instant.parse("2026-10-01T12:00:00Z"));
        var old = tasks.create(TaskDraft.titled("Old"));
        var oldChild = tasks.create(TaskDraft.titled("Old child").under(old.id()));
        var recent = tasks.create(TaskDraft.titled("Recent"));
        var kept = tasks.create(TaskDraft.titled("Never deleted"));
        trash.trash(old.id());
        clock.set(Instant.parse("2026-10-02T12:00:00Z"));
        trash.trash(recent.id());

        clock.set(Instant.parse("2026-10-31T12:00:00Z").plus(Duration.ofSeconds(1)));
        assertThat(purgeJob.run()).isEqualTo(2); // old and its child (trashed together), not recent

        assertThat(jdbc.queryForList("select title from tasks order by title", String.class)).containsExactly("Never deleted", "Recent");
        assertThat(trash.trash(PAGE).getContent()).extracting(TaskView::title).containsExactly("Recent");
        assertThat(purgeJob.run()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from tasks where id = ?", Integer.class, oldChild.id())).isZero();
    }

    @Test
    void a_person_whose_purge_another_replica_is_doing_is_skipped_and_done_in_the_next_round() throws Exception {
        clock.set(Instant.parse("2026-10-01T12:00:00Z"));
        trash.trash(tasks.create(TaskDraft.titled("Old")).id());
        clock.set(Instant.parse("2026-11-15T12:00:00Z"));
        var jobs = context.getBean(app.helmsman.platform.Jobs.class);
        var purge = new app.helmsman.platform.Jobs.Job("purge", TrashPurgeJob.LOCK_SPACE);
        var transactions = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
        var holding = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(1)) {
            Future<Boolean> other = pool.submit(() -> transactions.execute(s -> {
                var locked = jobs.tryLock(purge, ada);
                holding.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return locked;
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).as("the other replica holds the lock").isTrue();
            var whileHeld = purgeJob.round();
            release.countDown();
            assertThat(other.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(whileHeld.skipped()).isEqualTo(1);
            assertThat(whileHeld.changed()).isZero();
        }
        assertThat(purgeJob.run()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from tasks", Integer.class)).isZero();
    }

    private int instancesOf(UUID series) {
        return jdbc.queryForObject("select count(*) from tasks where series_id = ?", Integer.class, series);
    }
}
