package app.helmsman.assist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Proposed steps (subtasks) for one task; nothing is saved until the user accepts them. Plain text, never HTML.
 *
 * @param steps in order, each an imperative title of at most {@value Proposal#MAX_TITLE} characters; the first
 *     should take less than ten minutes. Empty when the offline helper could not honestly split the title
 * @param guidance a prompt that helps the user name the very first physical step themselves; present when
 *     {@code steps} is empty, and may be present otherwise
 * @param origin who made them
 * @param fallbackReason why the offline helper stood in for the provider, as one sentence for the user
 */
public record StepsProposal(List<String> steps, Optional<String> guidance, Origin origin,
                            Optional<String> fallbackReason) {

    public StepsProposal {
        steps = List.copyOf(steps);
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(fallbackReason, "fallbackReason");
    }
}
