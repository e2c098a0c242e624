package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The business counters the dashboards read: tasks created and completed, counted after commit. */
@IntegrationTest
class TaskMetricsIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskService tasks;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void signedIn() {
        fixtures.resetDatabase();
        fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void creating_and_completing_tasks_are_counted() {
        double created = meters.counter("helmsman.tasks.added").count();
        double completed = meters.counter("helmsman.tasks.completed").count();

        var first = tasks.create(TaskDraft.titled("Pay rent"));
        tasks.create(TaskDraft.titled("Water plants"));
        tasks.complete(first.id(), null);

        assertThat(meters.counter("helmsman.tasks.added").count() - created).isEqualTo(2);
        assertThat(meters.counter("helmsman.tasks.completed").count() - completed).isEqualTo(1);
    }
}
