package app.helmsman.assist.offline;

import app.helmsman.tasks.quickadd.Energy;
import java.util.Optional;

/**
 * Suggests energy, focus type and an estimate for a task title from its keywords, as the extractor does for its
 * proposals. Every value is a guess the user confirms; when no keyword matches there is none. Immutable and
 * thread-safe.
 */
public final class OfflineClassifier {

    /** The guesses for one title; each is empty when no keyword suggests it. */
    public record Classification(Optional<Integer> estimateMinutes, Optional<Energy> energy,
                                 Optional<FocusType> focusType) {
    }

    /** A classifier; it holds no state. */
    public OfflineClassifier() {
    }

    /**
     * Guesses for {@code title}.
     *
     * @param title the task's title; null or blank gives no guesses
     * @return never null; never throws
     */
    public Classification classify(String title) {
        if (title == null || title.isBlank()) {
            return new Classification(Optional.empty(), Optional.empty(), Optional.empty());
        }
        try {
            var guess = Guesses.guess(title.length() > 2_000 ? title.substring(0, 2_000) : title);
            return new Classification(Optional.ofNullable(guess.minutes()), Optional.ofNullable(guess.energy()),
                    Optional.ofNullable(guess.focus()));
        } catch (RuntimeException e) {
            // Defensive, like the extractor: a rule that cannot read the title costs the guess, never the request.
            return new Classification(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }
}
