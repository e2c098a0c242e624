package app.helmsman.tasks;

import app.helmsman.accounts.UserTimeZones;
import app.helmsman.tasks.internal.TaskRepository;
import app.helmsman.tasks.internal.TaskStore;
import java.time.Clock;
import java.time.Instant;
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
    private final Clock clock;

    SeriesScheduler(TaskRepository tasks, TaskStore store, UserTimeZones zones, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.store = store;
        this.zones = zones;
        this.events = events;
        this.clock = clock;
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
        if (task.getRecurrenceMode() == RecurrenceMode.AFTER_COMPLETION) {
            return Recurrences.nextAfterCompletion(task.getRecurrenceRule(), completedAt, zone)
                    .flatMap(next -> store.insertInstance(taskId, next, next, completedAt));
        }
        var today = completedAt.atZone(zone).toLocalDate();
        var planned = task.getDoDate() != null ? task.getDoDate() : task.getOccurrenceDate();
        return Recurrences.nextFixed(task.getRecurrenceRule(), task.getRecurrenceStart(), planned, today)
                .flatMap(next -> store.insertInstance(taskId, next, task.getRecurrenceStart(), completedAt));
    }

    /**
     * Makes sure every active FIXED series has an instance for its first date from today on (in its owner's
     * zone). A series is active while its latest instance has a rule and is not in the trash. Missed dates
     * in between are not filled in: an open earlier instance rolls over instead of piling up.
     * Runs in the caller's transaction (the job's, which holds the cluster-wide lock).
     *
     * @return how many instances it created
     */
    int createDueInstances() {
        var heads = store.seriesHeads().stream()
                .filter(h -> !h.trashed() && h.rule() != null && RecurrenceMode.FIXED.name().equals(h.mode()))
                .toList();
        var ownerZones = zones.zonesOf(TaskStore.owners(heads));
        var now = clock.instant();
        int created = 0;
        for (var head : heads) {
            var today = now.atZone(ownerZones.get(head.ownerId())).toLocalDate();
            if (!head.occurrenceDate().isBefore(today)) {
                continue;
            }
            try {
                var next = Recurrences.firstOnOrAfter(head.rule(), head.start(), today);
                if (next.isPresent()) {
                    var id = store.insertInstance(head.taskId(), next.get(), head.start(), now);
                    if (id.isPresent()) {
                        created++;
                        events.publishEvent(new TaskCreated(id.get(), head.ownerId()));
                    }
                }
            } catch (TaskValidationException e) {
                // a rule stored before a stricter check: leave the series alone, keep going with the others
                log.warn("Series {} has a rule that cannot be evaluated: {}", head.seriesId(), e.getMessage());
            }
        }
        return created;
    }
}
