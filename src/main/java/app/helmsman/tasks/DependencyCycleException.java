package app.helmsman.tasks;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A dependency that would make tasks wait for each other in a circle. The message names the circle, from
 * the task that would wait back to itself: {@code 'A' → 'B' → 'A'} (A would wait for B, which waits for A).
 */
public class DependencyCycleException extends RuntimeException {

    private final List<String> cycle;

    public DependencyCycleException(List<String> cycle) {
        super("This would make tasks wait for each other in a circle: " + describe(cycle));
        this.cycle = List.copyOf(cycle);
    }

    /** The titles along the circle, the first repeated at the end. */
    public List<String> cycle() {
        return cycle;
    }

    static String describe(List<String> titles) {
        return titles.stream().map(t -> "'" + t + "'").collect(Collectors.joining(" → "));
    }
}
