package app.helmsman.reminders.internal;

import app.helmsman.accounts.UserTimeZones;
import app.helmsman.planner.DayPlanChanged;
import app.helmsman.reminders.ReminderKind;
import app.helmsman.tasks.TaskChanged;
import app.helmsman.tasks.TaskCompleted;
import app.helmsman.tasks.TaskCreated;
import app.helmsman.tasks.TaskDeleted;
import app.helmsman.tasks.TaskRestored;
import app.helmsman.tasks.TasksImported;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes reminder rows from tasks and day plans. Task events are collected per transaction and turned into rows
 * just before it commits, inside it: the task change and its reminders commit together or not at all, so no
 * reminder is lost between "saved" and "scheduled". Block reminders replace the day's set on each
 * {@link DayPlanChanged}. Only future times get a row; delivered rows are never touched again (their dedupe key
 * keeps a recomputation from creating them twice).
 */
@Component
class ReminderScheduling {

    /** Deadline reminders come in the morning, at this local time (the day before, and the day itself). */
    static final LocalTime DEADLINE_MORNING = LocalTime.of(9, 0);
    static final Set<ReminderKind> TASK_KINDS = EnumSet.of(ReminderKind.DO_TIME, ReminderKind.DEADLINE_SOON, ReminderKind.DEADLINE_TODAY,
            ReminderKind.REMIND_ME);

    private final ReminderStore store;
    private final UserTimeZones zones;
    private final EntityManager entities;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ReminderScheduling(ReminderStore store, UserTimeZones zones, EntityManager entities, Clock clock, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.zones = zones;
        this.entities = entities;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener
    void on(TaskCreated event) {
        collect(event.taskId());
    }

    @EventListener
    void on(TaskChanged event) {
        collect(event.taskId());
    }

    @EventListener
    void on(TaskCompleted event) {
        collect(event.taskId());
    }

    @EventListener
    void on(TaskDeleted event) {
        collect(event.taskId());
    }

    @EventListener
    void on(TaskRestored event) {
        collect(event.taskId());
    }

    @EventListener
    void on(TasksImported event) {
        transactions.executeWithoutResult(status -> {
            flush();
            schedule(store.remindableTasks(event.ownerId()).stream().map(ReminderStore.TaskFacts::id).toList());
        });
    }

    /** Replaces the person's block reminders of that day with the plan's blocks that are still ahead. */
    @EventListener
    void on(DayPlanChanged event) {
        transactions.executeWithoutResult(status -> {
            var now = clock.instant();
            var from = event.day().atStartOfDay(event.zone()).toInstant();
            var to = event.day().plusDays(1).atStartOfDay(event.zone()).toInstant();
            var rows = new ArrayList<ReminderRow>();
            for (var block : event.blocks()) {
                if (block.start().isAfter(now) && !block.start().isBefore(from) && block.start().isBefore(to)) {
                    rows.add(ReminderRow.pending(event.userId(), ReminderKind.BLOCK, block.taskId(), block.blockId(), block.title(), block.start(),
                            block.start()));
                }
            }
            var keep = new HashSet<String>();
            rows.forEach(r -> keep.add(r.dedupeKey()));
            store.dropPendingBlocks(event.userId(), from, to, keep);
            rows.forEach(r -> store.add(r, now));
        });
    }

    private void collect(UUID taskId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            transactions.executeWithoutResult(status -> schedule(List.of(taskId)));
            return;
        }
        var batch = (Batch) TransactionSynchronizationManager.getResource(this);
        if (batch == null) {
            batch = new Batch();
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        batch.ids.add(taskId);
    }

    private final class Batch implements TransactionSynchronization {
        final Set<UUID> ids = new LinkedHashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ReminderScheduling.this);
            if (!readOnly && !ids.isEmpty()) {
                flush();
                schedule(ids);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ReminderScheduling.this);
        }
    }

    private void flush() {
        if (entities.isJoinedToTransaction()) {
            entities.flush(); // the SQL below must see this transaction's final rows
        }
    }

    /** Brings the tasks' pending reminders in line with their fields now. */
    void schedule(java.util.Collection<UUID> taskIds) {
        var now = clock.instant();
        var facts = store.tasks(taskIds);
        var closed = new ArrayList<UUID>();
        var owners = new HashSet<UUID>();
        facts.forEach(f -> owners.add(f.ownerId()));
        var zoneOf = zones.zonesOf(owners);
        for (var task : facts) {
            if (!task.open()) {
                closed.add(task.id());
                continue;
            }
            var zone = zoneOf.get(task.ownerId());
            var rows = new ArrayList<ReminderRow>();
            if (task.doDate() != null && task.doTime() != null) {
                var at = ZonedDateTime.of(task.doDate(), task.doTime(), zone).toInstant();
                rows.add(ReminderRow.pending(task.ownerId(), ReminderKind.DO_TIME, task.id(), null, task.title(), at, at));
            }
            if (task.hardDeadline() != null) {
                var deadline = ZonedDateTime.of(task.hardDeadline(), LocalTime.MIDNIGHT, zone).toInstant();
                var dayBefore = ZonedDateTime.of(task.hardDeadline().minusDays(1), DEADLINE_MORNING, zone).toInstant();
                var sameDay = ZonedDateTime.of(task.hardDeadline(), DEADLINE_MORNING, zone).toInstant();
                rows.add(ReminderRow.pending(task.ownerId(), ReminderKind.DEADLINE_SOON, task.id(), null, task.title(), deadline, dayBefore));
                rows.add(ReminderRow.pending(task.ownerId(), ReminderKind.DEADLINE_TODAY, task.id(), null, task.title(), deadline, sameDay));
            }
            if (task.remindAt() != null) {
                rows.add(ReminderRow.pending(task.ownerId(), ReminderKind.REMIND_ME, task.id(), null, task.title(), task.remindAt(), task.remindAt()));
            }
            rows.removeIf(r -> !r.dueAt().isAfter(now));
            var keep = new HashSet<String>();
            rows.forEach(r -> keep.add(r.dedupeKey()));
            store.dropPendingOfTask(task.id(), TASK_KINDS, keep);
            rows.forEach(r -> store.add(r, now));
        }
        store.dropWaitingOfTasks(closed);
    }

    static Instant startOf(java.time.LocalDate day, java.time.ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
