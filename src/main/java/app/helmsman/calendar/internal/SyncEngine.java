package app.helmsman.calendar.internal;

import app.helmsman.accounts.UserTimeZones;
import app.helmsman.calendar.CalendarSettings;
import app.helmsman.calendar.SourceState;
import app.helmsman.calendar.internal.CalendarMetrics.Outcome;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SourceSynchronizer;
import app.helmsman.calendar.internal.spi.SyncBatch;
import app.helmsman.calendar.internal.spi.SyncFailure;
import app.helmsman.calendar.internal.spi.SyncRequest;
import app.helmsman.planner.BlockMovedInCalendar;
import app.helmsman.platform.FeatureFlags;
import app.helmsman.platform.JobSettings;
import app.helmsman.platform.Jobs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Syncs calendars (docs/adr/0016-calendar-sync-leases.md). Every replica runs a round each minute: through
 * {@link Jobs}, each due calendar is leased in its own transaction under its advisory lock (so exactly one replica
 * takes it); then, for each leased calendar, the provider is asked OUTSIDE any transaction, and its answer is
 * applied in one short transaction that first checks the lease is still held. A failure of one calendar is
 * recorded on it (backoff, "needs reconnecting") and never delays the others.
 */
@Component
public class SyncEngine {

    /** Advisory lock space of the calendars' locks ('cal' in ASCII). */
    static final int LOCK_SPACE = 0x63616c;
    static final Duration WINDOW_BACK = Duration.ofDays(30);
    static final Duration WINDOW_AHEAD = Duration.ofDays(90);
    private static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(SyncEngine.class);

    private final CalendarStore store;
    private final BlockMirror mirror;
    private final List<SourceSynchronizer> synchronizers;
    private final Jobs jobs;
    private final Jobs.Job job;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CalendarMetrics metrics;
    private final CalendarChanges changes;
    private final ApplicationEventPublisher events;
    private final FeatureFlags flags;
    private final CalendarSettings settings;
    private final JobSettings jobSettings;
    private final UserTimeZones zones;
    private final WriteBack writeBack;

    SyncEngine(CalendarStore store, BlockMirror mirror, List<SourceSynchronizer> synchronizers, Jobs jobs, PlatformTransactionManager transactionManager, Clock clock,
               CalendarMetrics metrics, CalendarChanges changes, ApplicationEventPublisher events, FeatureFlags flags, CalendarSettings settings,
               JobSettings jobSettings, UserTimeZones zones, WriteBack writeBack,
               @org.springframework.beans.factory.annotation.Value("${helmsman.calendar.sync-cron:0 * * * * *}") String cron) {
        this.store = store;
        this.mirror = mirror;
        this.synchronizers = synchronizers;
        this.jobs = jobs;
        this.job = jobs.define("calendar-sync", LOCK_SPACE);
        this.clock = clock;
        this.metrics = metrics;
        this.changes = changes;
        this.events = events;
        this.flags = flags;
        this.settings = settings;
        this.jobSettings = jobSettings;
        this.zones = zones;
        this.writeBack = writeBack;
        this.transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transactions.setTimeout(Math.toIntExact(jobSettings.unitTimeout().toSeconds()));
        jobs.register(job, "Syncs the calendars that are due (Google, Outlook, subscribed feeds)", cron, this::summary);
    }

    /** One round as the ops console's "Run now" shows it: calendars found, synced and failed. */
    private app.helmsman.platform.JobSummary summary() {
        if (!flags.enabled(FeatureFlags.Flag.CALENDAR_INTEGRATION)) {
            return jobs.run(job, List::of, id -> id, id -> 0);
        }
        round();
        return jobs.lastRun(job.name()).orElseThrow();
    }

    /** What one round did. */
    public record Round(int leased, int synced, int failed) {
    }

    /** How one calendar's sync ended. */
    public enum Result {
        SYNCED, FAILED, ALREADY_SYNCING
    }

    @Scheduled(cron = "${helmsman.calendar.sync-cron:0 * * * * *}")
    void scheduled() {
        if (flags.enabled(FeatureFlags.Flag.CALENDAR_INTEGRATION)) {
            round();
        }
    }

    /** One round: leases the due calendars (one replica each), then syncs them one by one within the run budget. */
    public Round round() {
        var now = clock.instant();
        var started = System.nanoTime();
        var leases = Collections.synchronizedList(new ArrayList<Lease>());
        jobs.run(job, () -> store.dueSources(now, 500), id -> id, id -> {
            var token = UUID.randomUUID();
            if (jobs.tryLock(job, id) && store.lease(id, token, now, now.plus(leaseLength()), false)) {
                leases.add(new Lease(id, token));
                return 1;
            }
            return 0;
        });
        var stopAt = System.nanoTime() + jobSettings.runBudget().toNanos();
        int synced = 0;
        int failed = 0;
        for (var lease : List.copyOf(leases)) {
            if (System.nanoTime() - stopAt > 0) {
                // the lease runs out by itself; release it so the next round (on any replica) takes it at once
                transactions.executeWithoutResult(s -> store.releaseLease(lease.id(), lease.token()));
                continue;
            }
            if (sync(lease, null) == Result.SYNCED) {
                synced++;
            } else {
                failed++;
            }
        }
        metrics.states(store.countByState());
        writeBack.retryDue();
        int leased = leases.size();
        var leasing = jobs.lastRun(job.name());
        if (leasing.isPresent()) {
            var l = leasing.get();
            jobs.recordRound(new app.helmsman.platform.JobSummary(job.name(), now, Duration.ofNanos(System.nanoTime() - started), l.units(),
                    synced + failed, l.failures() + failed, l.skipped() + leased - synced - failed, synced));
        }
        return new Round(leased, synced, failed);
    }

    /** Syncs one calendar now, whatever its schedule ("Sync now"); the caller has checked it is the person's. */
    public Result syncNow(UUID sourceId, String originUi) {
        var now = clock.instant();
        var token = UUID.randomUUID();
        Boolean leased = transactions.execute(s -> jobs.tryLock(job, sourceId) && store.lease(sourceId, token, now, now.plus(leaseLength()), true));
        if (!Boolean.TRUE.equals(leased)) {
            return Result.ALREADY_SYNCING;
        }
        var result = sync(new Lease(sourceId, token), originUi);
        metrics.states(store.countByState());
        return result;
    }

    private Result sync(Lease lease, String originUi) {
        var found = store.source(lease.id());
        if (found.isEmpty()) {
            return Result.FAILED;
        }
        var source = found.get();
        var started = System.nanoTime();
        var now = clock.instant();
        SyncBatch batch = null;
        SyncFailure failure = null;
        Optional<SourceSynchronizer> synchronizer = synchronizers.stream().filter(s -> s.handles(source.kind())).findFirst();
        if (synchronizer.isEmpty()) {
            failure = new SyncFailure(SyncFailure.Kind.PERMANENT, "This server cannot sync " + kindName(source.kind()) + " calendars at the moment.", null, null);
        } else {
            var request = new SyncRequest(source.id(), source.userId(), source.connectionId(), source.kind(), source.externalId(), source.cursor(),
                    now.minus(WINDOW_BACK), now.plus(WINDOW_AHEAD));
            try {
                batch = synchronizer.get().fetch(request);
                if (batch == null) {
                    throw new IllegalStateException("no answer");
                }
                if (source.kind() == SourceKind.OUTLOOK) {
                    batch = AllDayEvents.inZone(batch, zones.zoneOf(source.userId()));
                }
            } catch (SyncFailure e) {
                failure = e;
            } catch (RuntimeException e) {
                log.warn("Calendar {} could not be fetched: {}", source.id(), e.toString());
                failure = new SyncFailure(SyncFailure.Kind.TEMPORARY, "Something went wrong while reading this calendar; Helmsman tries again later.", null, e);
            }
        }
        var answer = batch;
        var problem = failure;
        Outcome outcome;
        try {
            outcome = transactions.execute(s -> {
                if (!store.holdsLease(source.id(), lease.token())) {
                    return null;
                }
                return problem == null ? applied(source, answer, originUi) : failed(source, problem, originUi);
            });
        } catch (RuntimeException e) {
            log.warn("Calendar {} could not be stored: {}", source.id(), e.toString());
            transactions.executeWithoutResult(s -> store.recordFailure(source.id(), SourceState.FAILING,
                    "Helmsman could not store this calendar's events; it tries again later.", backoff(source, null), false, false));
            outcome = Outcome.TEMPORARY;
        }
        if (outcome == null) {
            return Result.FAILED;
        }
        metrics.synced(source.kind(), outcome, Duration.ofNanos(System.nanoTime() - started));
        return outcome == Outcome.SUCCESS ? Result.SYNCED : Result.FAILED;
    }

    private Outcome applied(CalendarStore.Source source, SyncBatch batch, String originUi) {
        var now = clock.instant();
        int changed = store.apply(source.userId(), source.id(), batch);
        var moved = mirror.movedBlocks(source.id());
        for (var block : moved) {
            events.publishEvent(new BlockMovedInCalendar(source.userId(), block.blockId(), block.writtenStart(), block.writtenEnd()));
            mirror.saveMapping(source.userId(), block);
        }
        store.recordSuccess(source.id(), now, nextAttempt(now), batch.nextCursor());
        changes.changed(source.userId(), originUi, changed > 0 || !moved.isEmpty());
        return Outcome.SUCCESS;
    }

    private Outcome failed(CalendarStore.Source source, SyncFailure failure, String originUi) {
        var message = failure.getMessage() == null || failure.getMessage().isBlank() ? "The calendar could not be synced." : failure.getMessage();
        var outcome = switch (failure.kind()) {
            case NEEDS_RECONNECTING -> {
                store.recordFailure(source.id(), SourceState.NEEDS_RECONNECTING, message, null, source.state() != SourceState.NEEDS_RECONNECTING, false);
                yield Outcome.NEEDS_RECONNECTING;
            }
            case RATE_LIMITED -> {
                var next = failure.retryAfter() == null ? backoff(source, null) : clock.instant().plus(failure.retryAfter());
                store.recordFailure(source.id(), SourceState.FAILING, message, next, false, false);
                yield Outcome.RATE_LIMITED;
            }
            case TEMPORARY -> {
                store.recordFailure(source.id(), SourceState.FAILING, message, backoff(source, null), false, false);
                yield Outcome.TEMPORARY;
            }
            case PERMANENT -> {
                store.recordFailure(source.id(), SourceState.FAILING, message, null, false, false);
                yield Outcome.PERMANENT;
            }
        };
        changes.changed(source.userId(), originUi, false);
        return outcome;
    }

    /** Doubles from a minute with every consecutive failure, up to the longest backoff, with jitter. */
    Instant backoff(CalendarStore.Source source, Duration atLeast) {
        var exponent = Math.min(source.failureCount(), 20);
        var wait = FIRST_BACKOFF.multipliedBy(1L << exponent);
        if (wait.compareTo(settings.maxBackoff()) > 0) {
            wait = settings.maxBackoff();
        }
        if (atLeast != null && atLeast.compareTo(wait) > 0) {
            wait = atLeast;
        }
        return clock.instant().plus(wait).plusMillis(ThreadLocalRandom.current().nextLong(0, Math.max(1, wait.toMillis() / 10)));
    }

    private Instant nextAttempt(Instant now) {
        var jitter = settings.syncJitter().toMillis();
        return now.plus(settings.syncInterval()).plusMillis(jitter <= 0 ? 0 : ThreadLocalRandom.current().nextLong(jitter));
    }

    private Duration leaseLength() {
        return jobSettings.unitTimeout().multipliedBy(4);
    }

    private static String kindName(SourceKind kind) {
        return switch (kind) {
            case ICS_FILE -> "imported";
            case ICS_URL -> "subscribed";
            case GOOGLE -> "Google";
            case OUTLOOK -> "Outlook";
        };
    }

    private record Lease(UUID id, UUID token) {
    }
}
