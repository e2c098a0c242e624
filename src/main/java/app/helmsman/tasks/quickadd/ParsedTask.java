package app.helmsman.tasks.quickadd;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of parsing one quick-add line. Nothing here is null: absent values are empty.
 *
 * @param title the text without the recognised parts, whitespace normalised, quotes of quoted text removed
 * @param doDate when the user plans to do the task, in the time zone of the {@code now} given to the parser;
 *     also set when only a time or a recurrence was given (the first occurrence that is not in the past)
 * @param doTime the planned local time of day, if one was given
 * @param softDeadline {@code due Friday} (or {@code by Friday} without an exclamation mark)
 * @param hardDeadline {@code by Friday!} (or {@code due Friday!})
 * @param estimateMinutes {@code ~15m}, {@code ~1h30}
 * @param priority 1 (highest) to 4, from {@code !1} to {@code !4}
 * @param tags tags without the {@code #}, in order of appearance, without case-insensitive duplicates
 * @param project the project name without the {@code +}
 * @param energy {@code @low}, {@code @medium}, {@code @high}
 * @param recurrenceRule an RFC 5545 RRULE value without the {@code RRULE:} prefix, such as {@code FREQ=WEEKLY;BYDAY=MO}
 * @param parts the recognised parts in order of appearance, for the preview chips
 * @param remindAt {@code remind 5pm}, {@code remind me tomorrow 9am}, {@code remind in 2h}: the moment, in the zone of
 *     the {@code now} given to the parser (a time that a DST change skips moves forward, as the wall clock does)
 */
public record ParsedTask(
        String title,
        Optional<LocalDate> doDate,
        Optional<LocalTime> doTime,
        Optional<LocalDate> softDeadline,
        Optional<LocalDate> hardDeadline,
        Optional<Integer> estimateMinutes,
        Optional<Integer> priority,
        List<String> tags,
        Optional<String> project,
        Optional<Energy> energy,
        Optional<String> recurrenceRule,
        List<Recognised> parts,
        Optional<ZonedDateTime> remindAt) {

    public ParsedTask {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(doDate, "doDate");
        Objects.requireNonNull(doTime, "doTime");
        Objects.requireNonNull(softDeadline, "softDeadline");
        Objects.requireNonNull(hardDeadline, "hardDeadline");
        Objects.requireNonNull(estimateMinutes, "estimateMinutes");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(recurrenceRule, "recurrenceRule");
        Objects.requireNonNull(remindAt, "remindAt");
        tags = List.copyOf(tags);
        parts = List.copyOf(parts);
    }

    /** A parsed task without a "remind me" time. */
    public ParsedTask(String title, Optional<LocalDate> doDate, Optional<LocalTime> doTime, Optional<LocalDate> softDeadline,
                      Optional<LocalDate> hardDeadline, Optional<Integer> estimateMinutes, Optional<Integer> priority, List<String> tags,
                      Optional<String> project, Optional<Energy> energy, Optional<String> recurrenceRule, List<Recognised> parts) {
        this(title, doDate, doTime, softDeadline, hardDeadline, estimateMinutes, priority, tags, project, energy, recurrenceRule, parts,
                Optional.empty());
    }

    /** The first recognised part of the given kind, if any. */
    public Optional<Recognised> part(Recognised.Kind kind) {
        return parts.stream().filter(p -> p.kind() == kind).findFirst();
    }
}
