package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.platform.Jobs;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One person's bad series never holds up anyone else's: a series already stored with a start in year -1
 * (finding 1) or a rule that never happens (finding 2) is skipped and counted, within a bound, and the
 * others still get their next instance.
 */
@IntegrationTest
class JobIsolationIT {

    /** Far more than a healthy round takes, far less than forever. */
    static final Duration BOUND = Duration.ofSeconds(30);

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    RecurrenceJob recurrenceJob;
    @Autowired
    TrashPurgeJob purgeJob;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry registry;
    @Autowired
    Jobs jobs;

    UUID adasSeries;
    UUID mallorysSeries;

    @BeforeEach
    void twoPeopleWithADailySeriesEach() {
        fixtures.resetDatabase();
        clock.set(Instant.parse("2026-11-20T08:00:00Z"));
        fixtures.user("ada@example.com");
        fixtures.user("mallory@example.com");
        fixtures.signIn("ada@example.com");
        adasSeries = tasks.create(TaskDraft.titled("Stretch").withDoDate(LocalDate.of(2026, 11, 20)).repeating("FREQ=DAILY", null)).seriesId();
        fixtures.signIn("mallory@example.com");
        mallorysSeries = tasks.create(TaskDraft.titled("Trap").withDoDate(LocalDate.of(2026, 11, 20)).repeating("FREQ=DAILY", null)).seriesId();
        fixtures.signOut();
        clock.set(Instant.parse("2026-11-28T08:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_series_stored_with_a_start_in_year_minus_one_is_skipped_and_counted_while_another_persons_series_gets_its_next_instance() {
        jdbc.update("update tasks set recurrence_start = date '0002-01-01 BC' where series_id = ?", mallorysSeries);
        var failuresBefore = failures("recurrence");

        var round = assertTimeoutPreemptively(BOUND, () -> recurrenceJob.round());

        assertThat(round.failures()).isEqualTo(1);
        assertThat(round.changed()).isEqualTo(1);
        assertThat(failures("recurrence")).isEqualTo(failuresBefore + 1);
        assertThat(doDates(adasSeries)).containsExactly(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 28));
        assertThat(doDates(mallorysSeries)).containsExactly(LocalDate.of(2026, 11, 20));
        assertThat(jobs.lastRun("recurrence")).contains(round);
    }

    @Test
    void a_stored_rule_that_never_happens_is_skipped_and_counted_and_rolls_back_nobody_elses_instance() {
        jdbc.update("update tasks set recurrence_rule = 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30' where series_id = ?", mallorysSeries);
        var failuresBefore = failures("recurrence");

        var round = assertTimeoutPreemptively(BOUND, () -> recurrenceJob.round());

        assertThat(round.failures()).isEqualTo(1);
        assertThat(failures("recurrence")).isEqualTo(failuresBefore + 1);
        assertThat(doDates(adasSeries)).containsExactly(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 28));
        assertThat(recurrenceJob.round().failures()).as("it stays skipped, and counted, each round until it is fixed").isEqualTo(1);
        assertThat(doDates(adasSeries)).hasSize(2);
    }

    @Test
    void completing_an_instance_of_a_series_stored_with_a_start_in_year_minus_one_still_completes_it_without_a_next_one() {
        jdbc.update("update tasks set recurrence_start = date '0002-01-01 BC' where series_id = ?", mallorysSeries);
        var instance = jdbc.queryForObject("select id from tasks where series_id = ?", UUID.class, mallorysSeries);
        fixtures.signIn("mallory@example.com");
        try {
            var signedIn = fixtures.authentication();
            var completion = assertTimeoutPreemptively(BOUND, () -> {
                // the bound runs the call on another thread: it signs in there too
                SecurityContextHolder.getContext().setAuthentication(signedIn);
                try {
                    return tasks.complete(instance, null);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });

            assertThat(completion.task().status()).isEqualTo(Status.DONE);
            assertThat(completion.nextInstance()).isEmpty();
        } finally {
            fixtures.signOut();
        }
        assertThat(doDates(mallorysSeries)).containsExactly(LocalDate.of(2026, 11, 20));
    }

    @Test
    void the_failure_counter_and_the_run_timer_of_both_jobs_exist_from_start_up() {
        for (var job : new String[] {"recurrence", "purge"}) {
            assertThat(registry.find("helmsman.jobs.item.failures").tag("job", job).counter()).as(job).isNotNull();
            assertThat(registry.find("helmsman.jobs.run").tag("job", job).timer()).as(job).isNotNull();
        }
    }

    @Test
    void a_round_is_timed_and_summed_up_with_its_units() {
        var timed = registry.get("helmsman.jobs.run").tag("job", "purge").timer().count();

        var round = purgeJob.round();

        assertThat(round.job()).isEqualTo("purge");
        assertThat(round.startedAt()).isEqualTo(clock.instant());
        assertThat(round.units()).isZero();
        assertThat(registry.get("helmsman.jobs.run").tag("job", "purge").timer().count()).isEqualTo(timed + 1);
    }

    private double failures(String job) {
        return registry.get("helmsman.jobs.item.failures").tag("job", job).counter().count();
    }

    private java.util.List<LocalDate> doDates(UUID series) {
        return jdbc.queryForList("select do_date from tasks where series_id = ? order by do_date", LocalDate.class, series);
    }
}
