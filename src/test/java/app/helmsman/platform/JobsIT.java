package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.helmsman.IntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The job runner on the real database: one transaction, lock and time budget per unit; a bad unit never holds up the others. */
@IntegrationTest
class JobsIT {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void emptyProbeTable() {
        jdbc.execute("create table if not exists job_probe (unit text primary key)");
        jdbc.execute("truncate job_probe");
    }

    @AfterEach
    void dropProbeTable() {
        jdbc.execute("drop table if exists job_probe");
    }

    @Test
    void a_unit_that_throws_is_rolled_back_counted_and_skipped_and_the_others_are_kept() {
        var jobs = new Jobs(transactions, jdbc, registry, clock, new JobSettings(Duration.ofSeconds(30), Duration.ofMinutes(5)));
        var job = jobs.define("probe", 0x70726f);

        var round = jobs.run(job, () -> List.of("a", "b", "c"), unit -> unit, unit -> {
            jdbc.update("insert into job_probe (unit) values (?)", unit);
            if (unit.equals("b")) {
                throw new IllegalStateException("b is broken");
            }
            return 1;
        });

        assertThat(jdbc.queryForList("select unit from job_probe order by unit", String.class)).containsExactly("a", "c");
        assertThat(round.done()).isEqualTo(2);
        assertThat(round.failures()).isEqualTo(1);
        assertThat(round.changed()).isEqualTo(2);
        assertThat(registry.get("helmsman.jobs.item.failures").tag("job", "probe").counter().count()).isEqualTo(1);
        assertThat(jobs.lastRun("probe")).contains(round);
    }

    @Test
    void a_unit_that_outlives_its_time_budget_is_cancelled_and_counted_the_next_one_runs_and_no_lock_is_left_behind() {
        var jobs = new Jobs(transactions, jdbc, registry, clock, new JobSettings(Duration.ofSeconds(1), Duration.ofMinutes(5)));
        var job = jobs.define("probe", 0x70726f);

        var round = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> jobs.run(job, () -> List.of("slow", "quick"), unit -> unit, unit -> {
            if (unit.equals("slow")) {
                jdbc.queryForObject("select pg_sleep(60)::text", String.class);
            }
            jdbc.update("insert into job_probe (unit) values (?)", unit);
            return 1;
        }));

        assertThat(round.failures()).isEqualTo(1);
        assertThat(jdbc.queryForList("select unit from job_probe", String.class)).containsExactly("quick");
        assertThat(jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and classid::bigint = ?", Integer.class, 0x70726fL))
                .isZero();
    }

    @Test
    void the_failure_counter_and_the_round_timer_exist_at_zero_as_soon_as_a_job_is_defined() {
        var jobs = new Jobs(transactions, jdbc, registry, clock, new JobSettings(Duration.ofSeconds(30), Duration.ofMinutes(5)));

        jobs.define("probe", 0x70726f);

        assertThat(registry.get("helmsman.jobs.item.failures").tag("job", "probe").counter().count()).isZero();
        assertThat(registry.get("helmsman.jobs.run").tag("job", "probe").timer().count()).isZero();
        assertThat(jobs.lastRun("probe")).isEmpty();
    }
}
