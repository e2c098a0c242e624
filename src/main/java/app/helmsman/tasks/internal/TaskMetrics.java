package app.helmsman.tasks.internal;

import app.helmsman.tasks.TaskCompleted;
import app.helmsman.tasks.TaskCreated;
import app.helmsman.tasks.TasksImported;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** helmsman.tasks.* business metrics, counted once the change is committed. */
@Component
class TaskMetrics {

    private final Counter created;
    private final Counter completed;

    TaskMetrics(MeterRegistry registry) {
        // "added", not "created": Prometheus reserves the _created suffix and would strip it.
        this.created = Counter.builder("helmsman.tasks.added").description("Tasks created (by people, repeats and imports)").register(registry);
        this.completed = Counter.builder("helmsman.tasks.completed").description("Tasks marked done").register(registry);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(TaskCreated event) {
        created.increment();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(TasksImported event) {
        created.increment(event.tasks());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(TaskCompleted event) {
        completed.increment();
    }
}
