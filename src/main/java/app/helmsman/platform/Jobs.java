package app.helmsman.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every scheduled job the same way, so that one bad unit of work (a series, a person) can never stall
 * or roll back the others (docs/adr/0012-jobs-run-unit-by-unit.md):
 * <ul>
 * <li>each unit runs in its own transaction, with {@link JobSettings#unitTimeout()} as its timeout (statements
 * past it are cancelled); the code of a unit bounds its own computation (see {@code Recurrences});</li>
 * <li>each unit's transaction first takes a transaction-level advisory lock on (job, unit): the replica that
 * gets it does the unit, the others skip it; the lock ends with the transaction, so nothing holds it for good;</li>
 * <li>a unit that throws is rolled back, logged, counted in {@code helmsman.jobs.item.failures{job}} and skipped;</li>
 * <li>a round stops starting units after {@link JobSettings#runBudget()}; the rest wait for the next round;</li>
 * <li>each round is timed ({@code helmsman.jobs.run{job}}) and summed up in a {@link JobSummary}.</li>
 * </ul>
 */
@Component
public class Jobs {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate unitTransactions;
    private final MeterRegistry registry;
    private final Clock clock;
    private final JobSettings settings;
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();
    private final Map<String, JobSummary> lastRuns = new ConcurrentHashMap<>();
    private final Map<String, Registration> registered = new java.util.concurrent.ConcurrentSkipListMap<>();

    Jobs(PlatformTransactionManager transactions, JdbcTemplate jdbc, MeterRegistry registry, Clock clock, JobSettings settings) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
        this.settings = settings;
        this.unitTransactions = new TransactionTemplate(transactions);
        unitTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        unitTransactions.setTimeout(Math.toIntExact(settings.unitTimeout().toSeconds()));
    }

    /** A scheduled job: its name (the {@code job} tag of its metrics) and the advisory lock space of its units. */
    public record Job(String name, int lockSpace) {
    }

    /** Declares a job; its meters exist (at 0) from then on, so a scrape shows them before the first failure. */
    public Job define(String name, int lockSpace) {
        failures.computeIfAbsent(name, n -> Counter.builder("helmsman.jobs.item.failures")
                .description("Units of work (series, people) a job failed on or ran out of time with, and skipped")
                .tag("job", n).register(registry));
        timer(name);
        return new Job(name, lockSpace);
    }

    /**
     * Runs one round of a job: lists its units, then does each in its own transaction under the (job, unit) lock.
     *
     * @param units lists the units of work; runs outside any transaction
     * @param key what identifies a unit across replicas (its lock key is the key's hash code)
     * @param work does one unit inside its transaction and returns how many things it changed
     * @return the round's summary (also kept as {@link #lastRun(String)})
     */
    public <U> JobSummary run(Job job, Supplier<? extends Collection<U>> units, Function<U, ?> key, ToIntFunction<U> work) {
        var startedAt = clock.instant();
        var started = System.nanoTime();
        var stopStartingAt = started + settings.runBudget().toNanos();
        int done = 0;
        int failed = 0;
        int skipped = 0;
        int changed = 0;
        List<U> list;
        try {
            list = List.copyOf(units.get());
        } catch (RuntimeException e) {
            log.warn("Job {} could not list its work: {}", job.name(), e.toString());
            failures.get(job.name()).increment();
            list = List.of();
            failed++;
        }
        for (int i = 0; i < list.size(); i++) {
            if (System.nanoTime() - stopStartingAt > 0) {
                skipped += list.size() - i;
                log.warn("Job {} ran out of its {} budget; {} unit(s) wait for the next round", job.name(), settings.runBudget(), list.size() - i);
                break;
            }
            var unit = list.get(i);
            var unitKey = key.apply(unit);
            try (var _ = Trace.start()) { // one trace per unit in the log (ADR 0033)
                Integer result = unitTransactions.execute(status -> tryLock(job, unitKey) ? work.applyAsInt(unit) : null);
                if (result == null) {
                    skipped++;
                } else {
                    done++;
                    changed += result;
                }
            } catch (RuntimeException e) {
                failed++;
                failures.get(job.name()).increment();
                log.warn("Job {} skipped {} after a failure: {}", job.name(), unitKey, e.toString());
                log.debug("Failure of job {} on {}", job.name(), unitKey, e);
            }
        }
        var duration = Duration.ofNanos(System.nanoTime() - started);
        timer(job.name()).record(duration);
        var summary = new JobSummary(job.name(), startedAt, duration, list.size(), done, failed, skipped, changed);
        lastRuns.put(job.name(), summary);
        if (failed > 0) {
            log.warn("Job {}: {}", job.name(), summary);
        }
        return summary;
    }

    /**
     * Takes the transaction-level advisory lock of one unit of a job; false when another transaction (replica)
     * holds it. Call inside a transaction: the lock ends with it.
     */
    public boolean tryLock(Job job, Object unitKey) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?, ?)", Boolean.class, job.lockSpace(), unitKey.hashCode()));
    }

    /**
     * Keeps a round's summary as the job's last run, for a job whose round does more than one {@link #run} (the
     * calendar sync leases its calendars in one, then syncs them): the console then shows the whole round.
     */
    public void recordRound(JobSummary summary) {
        lastRuns.put(summary.job(), summary);
    }

    /** The last round of a job on this instance, if it ran since start-up. */
    public Optional<JobSummary> lastRun(String job) {
        return Optional.ofNullable(lastRuns.get(job));
    }

    /** The last round of every job that ran on this instance since start-up. */
    public List<JobSummary> lastRuns() {
        return List.copyOf(lastRuns.values());
    }

    /** A job the ops console lists: what it does, its schedule (a cron expression, "-" for off) and a round. */
    private record Registration(Job job, String description, String cron, Supplier<JobSummary> round) {
    }

    /**
     * Lists a job in the ops console, with "run now": every job registers itself here (recurrence, trash purge,
     * audit retention, and whatever later modules add), so the console shows whatever exists.
     *
     * @param cron the job's schedule as Spring's {@code @Scheduled(cron)} reads it, or "-" when it is off
     * @param round runs one round now and returns its summary
     */
    public void register(Job job, String description, String cron, Supplier<JobSummary> round) {
        registered.put(job.name(), new Registration(job, description, cron, round));
    }

    /** Every registered job with its last round on this instance and its next scheduled start. */
    public List<JobStatus> statuses() {
        var now = java.time.ZonedDateTime.ofInstant(clock.instant(), java.time.ZoneId.systemDefault());
        return registered.values().stream().map(r -> new JobStatus(r.job().name(), r.description(), lastRun(r.job().name()).orElse(null),
                nextRun(r.cron(), now))).toList();
    }

    /**
     * Runs one round of a registered job on this instance now (units another replica is doing are skipped).
     *
     * @throws IllegalArgumentException for a name no job registered
     */
    public JobSummary runNow(String name) {
        var registration = registered.get(name);
        if (registration == null) {
            throw new IllegalArgumentException("There is no job called " + name + ".");
        }
        return registration.round().get();
    }

    private static Instant nextRun(String cron, java.time.ZonedDateTime now) {
        if (cron == null || cron.isBlank() || "-".equals(cron.strip())) {
            return null;
        }
        try {
            var next = org.springframework.scheduling.support.CronExpression.parse(cron).next(now);
            return next == null ? null : next.toInstant();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Timer timer(String job) {
        return Timer.builder("helmsman.jobs.run").description("Rounds of a scheduled job").tag("job", job).register(registry);
    }
}
