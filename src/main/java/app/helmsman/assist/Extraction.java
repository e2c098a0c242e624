package app.helmsman.assist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tasks proposed for one brain dump.
 *
 * @param proposals in the order of the dump, possibly empty; never null
 * @param origin who made them
 * @param fallbackReason when the offline helper stood in for the provider, one sentence for the user saying why
 *     (for example "The AI provider did not answer in time, so the offline helper made these."); also a note when
 *     some of the provider's items were dropped or repaired
 */
public record Extraction(List<Proposal> proposals, Origin origin, Optional<String> fallbackReason) {

    public Extraction {
        proposals = List.copyOf(proposals);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(fallbackReason, "fallbackReason");
    }
}
