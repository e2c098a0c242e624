package app.helmsman.calendar.internal;

import app.helmsman.calendar.internal.BlockMirror.Mapping;
import app.helmsman.calendar.internal.spi.BlockWriter;
import app.helmsman.calendar.internal.spi.SyncFailure;
import app.helmsman.planner.DayPlanChanged;
import app.helmsman.planner.PlannedBlock;
import app.helmsman.platform.FeatureFlags;
import app.helmsman.platform.Jobs;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes planned blocks into the calendar the person chose ("receives blocks"), idempotently: the block ->
 * provider event mapping is the memory, so writing the same plan twice changes nothing, a moved block moves its
 * one event, and only the events of blocks that vanished from the day are deleted. Events Helmsman did not write
 * are never touched: the writer only ever gets external ids from the mapping. The plan is mirrored first (the
 * private feed serves it), then written after commit, outside any transaction. A write that fails is remembered
 * ({@link PendingWrites}) and retried from the calendar sync round, one unit per target calendar, with backoff.
 */
@Component
public class WriteBack {

    /** Advisory lock space of the write retries' units (one per target calendar; 'caw' in ASCII). */
    static final int LOCK_SPACE = 0x636177;
    private static final Logger log = LoggerFactory.getLogger(WriteBack.class);

    private final CalendarStore store;
    private final BlockMirror mirror;
    private final List<BlockWriter> writers;
    private final FeatureFlags flags;
    private final TransactionTemplate transactions;
    private final PendingWrites pending;
    private final Jobs jobs;
    private final Jobs.Job retryJob;
    private final Clock clock;

    WriteBack(CalendarStore store, BlockMirror mirror, List<BlockWriter> writers, FeatureFlags flags, PlatformTransactionManager transactionManager, PendingWrites pending,
              Jobs jobs, Clock clock) {
        this.store = store;
        this.mirror = mirror;
        this.writers = writers;
        this.flags = flags;
        this.pending = pending;
        this.jobs = jobs;
        this.retryJob = jobs.define("calendar-write-retry", LOCK_SPACE);
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A single block added outside the planner ("Add to calendar" on a task); written after the adding transaction commits. */
    public record BlockAdded(UUID userId, PlannedBlock block) {
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(DayPlanChanged changed) {
        dayChanged(changed.userId(), changed.day(), changed.blocks());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(BlockAdded added) {
        write(added.userId(), List.of(added.block()), List.of());
    }

    /** Mirrors the day's blocks, then writes them (and deletes the events of blocks that left the day). */
    public void dayChanged(UUID owner, LocalDate day, List<PlannedBlock> blocks) {
        var before = transactions.execute(s -> mirror.replaceBlocks(owner, day, blocks));
        var vanished = new HashSet<>(before == null ? List.<UUID>of() : before);
        blocks.forEach(block -> vanished.remove(block.blockId()));
        write(owner, blocks, vanished);
    }

    /** Writes the blocks to the person's receiving calendar, if any has a writer; returns how many provider calls were made. */
    public int write(UUID owner, List<PlannedBlock> blocks, Collection<UUID> vanished) {
        if (!flags.enabled(FeatureFlags.Flag.CALENDAR_INTEGRATION)) {
            return 0;
        }
        var target = store.sourcesOf(owner).stream().filter(s -> s.receivesBlocks() && s.writable()).findFirst();
        if (target.isEmpty()) {
            return 0;
        }
        var source = target.get();
        var writer = writers.stream().filter(w -> w.handles(source.kind())).findFirst();
        if (writer.isEmpty()) {
            return 0;
        }
        int calls = 0;
        for (var blockId : vanished) {
            var mapping = mirror.mapping(blockId, source.id());
            if (mapping.isEmpty()) {
                continue;
            }
            try {
                writer.get().delete(source.connectionId(), source.externalId(), mapping.get().externalId());
                calls++;
                transactions.executeWithoutResult(s -> {
                    mirror.deleteMapping(blockId, source.id());
                    pending.done(blockId, source.id());
                });
            } catch (SyncFailure | RuntimeException e) {
                log.warn("Could not delete block {} from calendar {}: {}", blockId, source.id(), e.toString());
                transactions.executeWithoutResult(s -> pending.failed(owner, blockId, source.id(), e.toString(), clock.instant()));
            }
        }
        for (var block : blocks) {
            var mapping = mirror.mapping(block.blockId(), source.id());
            if (mapping.isPresent() && mapping.get().writtenStart().equals(block.start()) && mapping.get().writtenEnd().equals(block.end())) {
                continue;
            }
            try {
                var externalId = writer.get().upsert(source.connectionId(), source.externalId(), mapping.map(Mapping::externalId).orElse(null), block);
                calls++;
                transactions.executeWithoutResult(s -> {
                    mirror.saveMapping(owner, new Mapping(block.blockId(), source.id(), externalId, block.start(), block.end()));
                    pending.done(block.blockId(), source.id());
                });
            } catch (SyncFailure | RuntimeException e) {
                log.warn("Could not write block {} to calendar {}: {}", block.blockId(), source.id(), e.toString());
                transactions.executeWithoutResult(s -> pending.failed(owner, block.blockId(), source.id(), e.toString(), clock.instant()));
            }
        }
        return calls;
    }

    /**
     * Retries the failed writes that are due (called by the calendar sync round on every replica): through {@link Jobs},
     * each target calendar's due retries are claimed in its own transaction under its lock (one replica takes them, and
     * they are not due again before their backoff); then each is written outside any transaction, like a first write.
     *
     * @return how many retries succeeded
     */
    public int retryDue() {
        if (!flags.enabled(FeatureFlags.Flag.CALENDAR_INTEGRATION)) {
            return 0;
        }
        var now = clock.instant();
        var claimed = Collections.synchronizedList(new ArrayList<PendingWrites.Pending>());
        jobs.run(retryJob, () -> pending.dueTargets(now, 200), id -> id, id -> {
            var due = pending.claim(id, now, 100);
            claimed.addAll(due);
            return due.size();
        });
        int written = 0;
        for (var retry : List.copyOf(claimed)) {
            if (retry(retry)) {
                written++;
            }
        }
        return written;
    }

    private boolean retry(PendingWrites.Pending retry) {
        var target = store.sourceOf(retry.userId(), retry.targetSourceId()).filter(s -> s.receivesBlocks() && s.writable());
        var writer = target.flatMap(source -> writers.stream().filter(w -> w.handles(source.kind())).findFirst());
        if (target.isEmpty() || writer.isEmpty()) {
            // the calendar no longer receives blocks: nothing to catch up with there
            transactions.executeWithoutResult(s -> pending.done(retry.blockId(), retry.targetSourceId()));
            return false;
        }
        var source = target.get();
        var block = pending.block(retry.userId(), retry.blockId());
        var mapping = mirror.mapping(retry.blockId(), source.id());
        try {
            if (block.isPresent()) {
                var wanted = block.get();
                if (mapping.isEmpty() || !mapping.get().writtenStart().equals(wanted.start()) || !mapping.get().writtenEnd().equals(wanted.end())) {
                    var externalId = writer.get().upsert(source.connectionId(), source.externalId(), mapping.map(Mapping::externalId).orElse(null), wanted);
                    transactions.executeWithoutResult(s -> mirror.saveMapping(retry.userId(),
                            new Mapping(wanted.blockId(), source.id(), externalId, wanted.start(), wanted.end())));
                }
            } else if (mapping.isPresent()) {
                writer.get().delete(source.connectionId(), source.externalId(), mapping.get().externalId());
                transactions.executeWithoutResult(s -> mirror.deleteMapping(retry.blockId(), source.id()));
            }
            transactions.executeWithoutResult(s -> pending.done(retry.blockId(), source.id()));
            return true;
        } catch (SyncFailure | RuntimeException e) {
            log.warn("Retry {} of block {} in calendar {} failed: {}", retry.attempts() + 1, retry.blockId(), source.id(), e.toString());
            transactions.executeWithoutResult(s -> pending.lastError(retry.blockId(), source.id(), e.toString()));
            return false;
        }
    }
}
