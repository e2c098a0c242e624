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
                         LocalDate hardDeadline, List<String> tags, String recurrenceRule, RecurrenceMode recurrenceMode) {

    public TaskChange {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public TaskChange withTitle(String newTitle) {
        return new TaskChange(newTitle, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode);
    }

    public TaskChange withNotes(String newNotes) {
        return new TaskChange(title, newNotes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode);
    }

    public TaskChange withStatus(Status newStatus) {
        return new TaskChange(title, notes, newStatus, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode);
    }

    public TaskChange withPriority(Integer newPriority) {
        return new TaskChange(title, notes, status, energy, focus, estimateMinutes, actualMinutes, newPriority, doDate, doTime, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode);
    }

    public TaskChange withDoDate(LocalDate date, LocalTime time) {
        return new TaskChange(title, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, date, time, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode);
    }

    public TaskChange withDeadlines(LocalDate soft, LocalDate hard) {
        return new TaskChange(title, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, soft, hard, tags, recurrenceRule, recurrenceMode);
    }

    public TaskChange withMinutes(Integer estimate, Integer actual) {
        return new TaskChange(title, notes, status, energy, focus, estimate, actual, priority, doDate, doTime, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode);
    }

    public TaskChange withTags(List<String> names) {
        return new TaskChange(title, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, names, recurrenceRule, recurrenceMode);
    }

    public TaskChange withEnergyAndFocus(Energy newEnergy, FocusType newFocus) {
        return new TaskChange(title, notes, status, newEnergy, newFocus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, tags, recurrenceRule, recurrenceMode);
    }

    public TaskChange withRecurrence(String rule, RecurrenceMode mode) {
        return new TaskChange(title, notes, status, energy, focus, estimateMinutes, actualMinutes, priority, doDate, doTime, softDeadline, hardDeadline, tags, rule, mode);
    }
}
