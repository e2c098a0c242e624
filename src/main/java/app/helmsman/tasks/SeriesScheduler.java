package app.helmsman.tasks;

import app.helmsman.accounts.UserTimeZones;
import app.helmsman.tasks.internal.TaskRepository;
import app.helmsman.tasks.internal.TaskStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Creates the next instances of repeating tasks: when an instance is completed, and from the
 * {@link RecurrenceJob} for fixed schedules. Creation is an insert-if-absent on the unique (series,
 * occurrence date) index, so completing twice, a job running on two replicas, or a job racing a
 * completion never makes two instances of one date.
 */
@Component
class SeriesScheduler {

    private static final Logger log = LoggerFactory.getLogger(SeriesScheduler.class);

    private final TaskRepository tasks;
    private final TaskStore store;
    private final UserTimeZones zones;
    private final ApplicationEventPublisher events;

    SeriesScheduler(TaskRepository tasks, TaskStore store, UserTimeZones zones, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.store = store;
        this.zones = zones;
        this.events = events;
    }

    /**
     * After an instance was completed: its series' next instance, if it is the latest instance (completing
     * an older one creates nothing) and the rule has a next date. FIXED: the rule's next date after its do
     * date that is not before today; AFTER_COMPLETION: the rule counted from the day of completion.
     */
    Optional<UUID> afterCompletion(UUID taskId, Instant completedAt) {
        var task = tasks.findById(taskId).orElseThrow();
        if (task.getRecurrenceRule() == null || !task.getOccurrenceDate().equals(store.latestOccurrence(task.getSeriesId()))) {
            return Optional.empty();
        }
        var zone = zones.zoneOf(task.getOwnerId());
        try {
            if (task.getRecurrenceMode() == RecurrenceMode.AFTER_COMPLETION) {
                return Recurrences.nextAfterCompletion(task.getRecurrenceRule(), completedAt, zone)
                        .flatMap(next -> store.insertInstance(taskId, next, next, completedAt));
            }
            var today = completedAt.atZone(zone).toLocalDate();
            var planned = task.getDoDate() != null ? task.getDoDate() : task.getOccurrenceDate();
            return Recurrences.nextFixed(task.getRecurrenceRule(), task.getRecurrenceStart(), planned, today)
                    .flatMap(next -> store.insertInstance(taskId, next, task.getRecurrenceStart(), completedAt));
        } catch (TaskValidationException e) {
            // a rule or start stored before today's checks: completing the task must still work
            log.warn("Series {} has a rule that cannot be evaluated, no next instance: {}", task.getSeriesId(), e.getMessage());
            return Optional.empty();
        }
    }

    /** A FIXED series whose latest instance is before its owner's today: it is due for its next instance. */
    record DueSeries(TaskStore.SeriesHead head, LocalDate today) {
    }

    /**
     * The active FIXED series that need an instance for their first date from today on (in the owner's zone).
     * A series is active while its latest instance has a rule and is not in the trash. Missed dates in between
     * are not filled in: an open earlier instance rolls over instead of piling up.
     */
    List<DueSeries> dueSeries(Instant now) {
        var heads = store.seriesHeads().stream()
                .filter(h -> !h.trashed() && h.rule() != null && RecurrenceMode.FIXED.name().equals(h.mode()))
                .toList();
        var ownerZones = zones.zonesOf(TaskStore.owners(heads));
        var due = new ArrayList<DueSeries>();
        for (var head : heads) {
            var today = now.atZone(ownerZones.getOrDefault(head.ownerId(), ZoneOffset.UTC)).toLocalDate();
            if (head.occurrenceDate() == null || head.occurrenceDate().isBefore(today)) {
                due.add(new DueSeries(head, today));
            }
        }
        return due;
    }

    /**
     * Creates the instance of a due series for the rule's first date from its today on, in the caller's
     * transaction (the job's unit of work). Evaluating the rule is bounded ({@link Recurrences}).
     *
     * @return 1 when it created the instance, 0 when the rule has no such date or another run created it
     * @throws TaskValidationException when the stored rule or start cannot be evaluated
     */
    int createDueInstance(DueSeries due, Instant now) {
        var head = due.head();
        var next = Recurrences.firstOnOrAfter(head.rule(), head.start(), due.today());
        if (next.isEmpty()) {
            return 0;
        }
        var id = store.insertInstance(head.taskId(), next.get(), head.start(), now);
        id.ifPresent(created -> events.publishEvent(new TaskCreated(created, head.ownerId())));
        return id.isPresent() ? 1 : 0;
    }
}
