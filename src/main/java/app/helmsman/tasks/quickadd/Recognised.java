package app.helmsman.tasks.quickadd;

import java.util.Objects;

/**
 * One part of the quick-add text that the parser understood, for a preview chip.
 *
 * @param kind what the part sets on the task
 * @param span where the part is in the original text; pass it back in the dismissed set to undo it
 * @param text the original text of the part, exactly as typed
 * @param label a short human label for the chip, such as {@code "Tomorrow, Sun 29 Nov"} or {@code "~15 min"}
 */
public record Recognised(Kind kind, Span span, String text, String label) {

    /** What a recognised part sets. */
    public enum Kind {
        DO_DATE, DO_TIME, DEADLINE, HARD_DEADLINE, ESTIMATE, PRIORITY, TAG, PROJECT, ENERGY, RECURRENCE, REMIND
    }

    public Recognised {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
