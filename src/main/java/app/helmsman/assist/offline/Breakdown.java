package app.helmsman.assist.offline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the offline breakdown could honestly do with a task title.
 *
 * @param steps the steps, in order, each an imperative title; empty when the title could not be split
 * @param guidance a prompt that helps the user name the very first physical step themselves; present exactly
 *     when {@code steps} is empty
 */
public record Breakdown(List<String> steps, Optional<String> guidance) {

    public Breakdown {
        steps = List.copyOf(steps);
        Objects.requireNonNull(guidance, "guidance");
    }
}
