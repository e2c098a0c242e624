package app.helmsman.tasks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The editable fields of a task, all replaced at once by {@link TaskService#update}. Start from
 * {@link TaskDetails#toChange()} and change what the person changed; {@code null} clears a field
 * (the title cannot be cleared; a null priority means 4). Project and parent change through
 * {@link TaskMoveService#moveToProject} and {@link TaskMoveService#moveUnder}; completion through
 * {@link TaskService#complete}: a change to DONE is refused, a change from DONE reopens the task.
 */
public record TaskChange(String title, String notes, Status status, Energy energy, FocusType focus, Integer estimateMinutes,
                         Integer actualMinutes, Integer priority, LocalDate doDate, LocalTime doTime, LocalDate softDeadline,
                         LocalDate hardDeadline, List<String> tags, String recurrenceRule, RecurrenceMode recurrenceMode,
                         java.time.Instant remindAt) {

    public TaskChange {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A change that clears the "remind me" time (callers from before it existed); prefer {@link TaskDetails#toChange()}. */
    public TaskChange(String title, String notes, Status status, Energy energy, FocusType focus, Integer estimateMinutes,
                      Integer actualMinutes, Integer priority, LocalDate doDate, LocalTime doTime, LocalDate softDeadline,
                      LocalDate hardDeadline, List<String> tags, String recurrenceRule, RecurrenceMode recurrenceMode) {
        this(title, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, tags,
                recurrenceRule, recurrenceMode, null);
    }

    public TaskChange withRemindAt(java.time.Instant at) {
        return new TaskChange(title, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode, at);
    }

    public TaskChange withTitle(String newTitle) {
        return new TaskChange(newTitle, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskChange withNotes(String newNotes) {
        return new TaskChange(title, newNotes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskChange withStatus(Status newStatus) {
        return new TaskChange(title, notes, newStatus, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskChange withPriority(Integer newPriority) {
        return new TaskChange(title, notes, status, energy, focus, estimateMinutes, actualMinutes, newPriority, doDate, doTime, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskChange withDoDate(LocalDate date, LocalTime time) {
        return new TaskChange(title, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, date, time, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskChange withDeadlines(LocalDate soft, LocalDate hard) {
        return new TaskChange(title, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, soft, hard, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskChange withMinutes(Integer estimate, Integer actual) {
        return new TaskChange(title, notes, status, energy, focus, estimate, actual, priority, doDate, doTime, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskChange withTags(List<String> names) {
        return new TaskChange(title, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, names, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskChange withEnergyAndFocus(Energy newEnergy, FocusType newFocus) {
        return new TaskChange(title, notes, status, newEnergy, newFocus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskChange withRecurrence(String rule, RecurrenceMode mode) {
        return new TaskChange(title, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, tags, rule, mode, remindAt);
    }
}
