package app.helmsman.assist.offline;

import app.helmsman.tasks.quickadd.Energy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One task the extractor proposes from a brain dump, for the user to review: nothing is saved until they accept
 * it. Nothing here is null; absent values are empty. The {@code *Guessed} flags say that a value was inferred from
 * keywords rather than stated, so the review UI can show it as a suggestion.
 *
 * @param title an imperative, trimmed, capitalised title of 1 to {@value #MAX_TITLE} characters
 * @param notes context that is not the action itself: a {@code because ...} clause, sub-bullets, a condition,
 *     a sentence about the task; empty when there is none
 * @param estimateMinutes minutes the task may take, stated ({@code ~15m}) or guessed
 * @param estimateGuessed whether {@code estimateMinutes} was guessed from keywords
 * @param energy the energy the task needs, stated ({@code @low}) or guessed
 * @param energyGuessed whether {@code energy} was guessed from keywords
 * @param focusType the kind of attention the task needs; always a guess from keywords
 * @param priority 1 (highest) to 4, stated with {@code !1}..{@code !4} or with words such as "urgent" or
 *     "low priority"
 * @param doDate when to do it, from the text or from a heading such as {@code Tomorrow:}
 * @param doTime the time of day to do it
 * @param softDeadline {@code due Friday}, {@code by Friday}
 * @param hardDeadline {@code by Friday!}
 * @param recurrenceRule an RFC 5545 RRULE value from {@code every Monday} and the like
 * @param project a project stated with {@code +Name}, or one of the user's projects that the text names
 * @param tags tags stated with {@code #name}, or the user's tags that the text suggests
 * @param dependsOn indexes of earlier proposals in the same result that must be done first, ascending
 * @param sourceText the exact fragment of the dump this proposal came from, for the review UI
 */
public record ProposedTask(
        String title,
        Optional<String> notes,
        Optional<Integer> estimateMinutes,
        boolean estimateGuessed,
        Optional<Energy> energy,
        boolean energyGuessed,
        Optional<FocusType> focusType,
        Optional<Integer> priority,
        Optional<LocalDate> doDate,
        Optional<LocalTime> doTime,
        Optional<LocalDate> softDeadline,
        Optional<LocalDate> hardDeadline,
        Optional<String> recurrenceRule,
        Optional<String> project,
        List<String> tags,
        List<Integer> dependsOn,
        String sourceText) {

    /** The longest title the extractor produces; the rest of a longer one goes to the notes. */
    public static final int MAX_TITLE = 200;

    public ProposedTask {
        Objects.requireNonNull(title, "title");
        if (title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title must have 1 to " + MAX_TITLE + " characters");
        }
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(estimateMinutes, "estimateMinutes");
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(focusType, "focusType");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(doDate, "doDate");
        Objects.requireNonNull(doTime, "doTime");
        Objects.requireNonNull(softDeadline, "softDeadline");
        Objects.requireNonNull(hardDeadline, "hardDeadline");
        Objects.requireNonNull(recurrenceRule, "recurrenceRule");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(sourceText, "sourceText");
        tags = List.copyOf(tags);
        dependsOn = List.copyOf(dependsOn);
    }
}
