package app.helmsman.assist;

import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import java.util.Objects;
import java.util.Optional;

/**
 * Suggested energy, focus type and estimate for a task, to show as suggestions the user may accept; never written
 * to the task by this module. A null field means there is no suggestion for it.
 *
 * @param estimateMinutes 1 to {@value Proposal#MAX_ESTIMATE} minutes, or null
 * @param fallbackReason why the offline helper stood in for the provider, as one sentence for the user
 */
public record Suggestion(Energy energy, FocusType focus, Integer estimateMinutes, Origin origin,
                         Optional<String> fallbackReason) {

    public Suggestion {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(fallbackReason, "fallbackReason");
    }
}
