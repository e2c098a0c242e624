package app.helmsman.tasks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Finds the circle a new "blocked by" edge would close, in a graph of task → the tasks it waits for. */
final class DependencyCycles {

    private DependencyCycles() {
    }

    /**
     * The circle that adding "{@code task} is blocked by {@code blocker}" would close: the shortest path
     * from {@code task} through {@code blocker} back to {@code task}, both ends included; empty if none.
     *
     * @param blockedBy for each task, the tasks it waits for (the existing edges)
     */
    static Optional<List<UUID>> cycle(Map<UUID, Set<UUID>> blockedBy, UUID task, UUID blocker) {
        if (task.equals(blocker)) {
            return Optional.of(List.of(task, task));
        }
        // Breadth-first from the blocker along "waits for" edges; reaching the task closes a circle.
        var cameFrom = new HashMap<UUID, UUID>();
        var queue = new ArrayDeque<UUID>();
        queue.add(blocker);
        cameFrom.put(blocker, blocker);
        while (!queue.isEmpty()) {
            var current = queue.poll();
            for (var next : blockedBy.getOrDefault(current, Set.of())) {
                if (next.equals(task)) {
                    var back = new ArrayList<UUID>();
                    for (var step = current; ; step = cameFrom.get(step)) {
                        back.add(step);
                        if (step.equals(blocker)) {
                            break;
                        }
                    }
                    Collections.reverse(back);
                    var path = new ArrayList<UUID>();
                    path.add(task);
                    path.addAll(back);
                    path.add(task);
                    return Optional.of(List.copyOf(path));
                }
                if (cameFrom.putIfAbsent(next, current) == null) {
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }
}
