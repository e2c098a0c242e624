package app.helmsman.planner;

import app.helmsman.planner.internal.PlanStore;
import app.helmsman.tasks.TaskCompleted;
import java.time.Clock;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-plans the rest of today when the day slips (ADR 0014): a planned task was completed, the person's
 * commitments changed, or they moved one of our blocks in their calendar. Each runs after the change committed,
 * in its own transaction, for the plan's owner (whoever made the change); a failure is logged and never undoes it.
 */
@Component
class PlannerListeners {

    private static final Logger log = LoggerFactory.getLogger(PlannerListeners.class);

    private final PlanMaker maker;
    private final PlanStore store;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PlannerListeners(PlanMaker maker, PlanStore store, Clock clock, PlatformTransactionManager transactions) {
        this.maker = maker;
        this.store = store;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(TaskCompleted event) {
        run("a completion", () -> {
            var utc = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
            for (var plan : store.acceptedPlansWith(event.taskId(), utc.minusDays(1), utc.plusDays(1))) {
                maker.replanToday(plan.userId(), plan.day());
            }
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(BusyTimeChanged event) {
        run("a calendar change", () -> maker.replanToday(event.userId(), null));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(BlockMovedInCalendar event) {
        run("a block moved in a calendar", () -> maker.movedInCalendar(event.userId(), event.blockId(), event.start(), event.end()));
    }

    private void run(String after, Runnable work) {
        try {
            transaction.executeWithoutResult(status -> work.run());
        } catch (RuntimeException e) {
            log.warn("Re-planning after {} failed: {}", after, e.toString());
        }
    }
}
