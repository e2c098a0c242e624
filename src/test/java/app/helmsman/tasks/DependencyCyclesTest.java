package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DependencyCyclesTest {

    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();
    final UUID c = UUID.randomUUID();
    final UUID d = UUID.randomUUID();
    final Map<UUID, Set<UUID>> blockedBy = new HashMap<>();

    void waits(UUID task, UUID blocker) {
        blockedBy.computeIfAbsent(task, k -> new HashSet<>()).add(blocker);
    }

    @Test
    void a_task_waiting_for_itself_is_a_circle_of_one() {
        assertThat(DependencyCycles.cycle(blockedBy, a, a)).contains(java.util.List.of(a, a));
    }

    @Test
    void two_tasks_waiting_for_each_other_are_a_circle() {
        waits(b, a);

        assertThat(DependencyCycles.cycle(blockedBy, a, b)).contains(java.util.List.of(a, b, a));
    }

    @Test
    void the_circle_is_named_in_the_order_tasks_wait() {
        waits(b, c);
        waits(c, d);
        waits(d, a);

        assertThat(DependencyCycles.cycle(blockedBy, a, b)).contains(java.util.List.of(a, b, c, d, a));
    }

    @Test
    void the_shortest_circle_is_named_when_there_are_several() {
        waits(b, c);
        waits(c, d);
        waits(d, a);
        waits(b, a);

        assertThat(DependencyCycles.cycle(blockedBy, a, b)).contains(java.util.List.of(a, b, a));
    }

    @Test
    void a_chain_and_a_diamond_are_not_circles() {
        waits(a, b);
        waits(a, c);
        waits(b, d);
        waits(c, d);

        assertThat(DependencyCycles.cycle(blockedBy, d, UUID.randomUUID())).isEmpty();
        assertThat(DependencyCycles.cycle(blockedBy, b, c)).isEmpty();
        assertThat(DependencyCycles.cycle(blockedBy, a, d)).isEmpty();
    }

    @Test
    void a_circle_elsewhere_in_the_graph_does_not_stop_the_search() {
        waits(b, c);
        waits(c, b);

        assertThat(DependencyCycles.cycle(blockedBy, a, b)).isEmpty();
    }

    @Test
    void the_message_names_the_circle_with_titles_and_arrows() {
        var error = new DependencyCycleException(java.util.List.of("Write report", "Get figures", "Write report"));

        assertThat(error.getMessage()).endsWith("'Write report' → 'Get figures' → 'Write report'");
    }
}
