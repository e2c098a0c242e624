package app.helmsman.tasks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A new task, as captured. Only the title is required; {@code null} means "not set" for every other field
 * (priority then defaults to 4, source to MANUAL, status to TODO).
 *
 * @param tags tag names; unknown names become new tags of the owner
 * @param projectId the project, or null for the Inbox
 * @param parentId the parent task, making this a subtask (it then joins the parent's project)
 * @param recurrenceRule an RFC 5545 RRULE value such as {@code FREQ=WEEKLY;BYDAY=MO} (day-based frequencies only)
 * @param recurrenceMode how the next instance is scheduled; FIXED when a rule is given without a mode
 * @param remindAt when to remind the person of it ("remind me"), or null
 */
public record TaskDraft(String title, String notes, Status status, Energy energy, FocusType focus, Integer estimateMinutes,
                        Integer priority, LocalDate doDate, LocalTime doTime, LocalDate softDeadline, LocalDate hardDeadline,
                        Source source, UUID projectId, UUID parentId, List<String> tags, String recurrenceRule,
                        RecurrenceMode recurrenceMode, java.time.Instant remindAt) {

    /** Longest title; the UI uses it for {@code setMaxLength}. */
    public static final int TITLE_MAX_LENGTH = 500;
    /** Longest notes. */
    public static final int NOTES_MAX_LENGTH = 20_000;
    /** Longest estimate or actual time: a week of minutes. */
    public static final int MAX_MINUTES = 7 * 24 * 60;

    public TaskDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A draft without a "remind me" time (the fields before it had one). */
    public TaskDraft(String title, String notes, Status status, Energy energy, FocusType focus, Integer estimateMinutes,
                     Integer priority, LocalDate doDate, LocalTime doTime, LocalDate softDeadline, LocalDate hardDeadline,
                     Source source, UUID projectId, UUID parentId, List<String> tags, String recurrenceRule,
                     RecurrenceMode recurrenceMode) {
        this(title, notes, status, energy, focus, estimateMinutes, priority, doDate, doTime, softDeadline, hardDeadline, source, projectId,
                parentId, tags, recurrenceRule, recurrenceMode, null);
    }

    public TaskDraft withRemindAt(java.time.Instant at) {
        return new TaskDraft(title, notes, status, energy, focus, estimateMinutes, priority, doDate, doTime, softDeadline, hardDeadline, source, projectId, parentId, tags, recurrenceRule, recurrenceMode, at);
    }

    /** A draft with only a title. */
    public static TaskDraft titled(String title) {
        return new TaskDraft(title, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), null, null);
    }

    public TaskDraft withNotes(String newNotes) {
        return new TaskDraft(title, newNotes, status, energy, focus, estimateMinutes, priority, doDate, doTime, softDeadline, hardDeadline, source, projectId, parentId, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskDraft withPriority(Integer newPriority) {
        return new TaskDraft(title, notes, status, energy, focus, estimateMinutes, newPriority, doDate, doTime, softDeadline, hardDeadline, source, projectId, parentId, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskDraft withEnergy(Energy newEnergy) {
        return new TaskDraft(title, notes, status, newEnergy, focus, estimateMinutes, priority, doDate, doTime, softDeadline, hardDeadline, source, projectId, parentId, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskDraft withFocus(FocusType newFocus) {
        return new TaskDraft(title, notes, status, energy, newFocus, estimateMinutes, priority, doDate, doTime, softDeadline, hardDeadline, source, projectId, parentId, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskDraft withEstimate(Integer minutes) {
        return new TaskDraft(title, notes, status, energy, focus, minutes, priority, doDate, doTime, softDeadline, hardDeadline, source, projectId, parentId, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskDraft withDoDate(LocalDate date) {
        return new TaskDraft(title, notes, status, energy, focus, estimateMinutes, priority, date, doTime, softDeadline, hardDeadline, source, projectId, parentId, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskDraft withDoTime(LocalTime time) {
        return new TaskDraft(title, notes, status, energy, focus, estimateMinutes, priority, doDate, time, softDeadline, hardDeadline, source, projectId, parentId, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskDraft withDeadlines(LocalDate soft, LocalDate hard) {
        return new TaskDraft(title, notes, status, energy, focus, estimateMinutes, priority, doDate, doTime, soft, hard, source, projectId, parentId, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskDraft withSource(Source newSource) {
        return new TaskDraft(title, notes, status, energy, focus, estimateMinutes, priority, doDate, doTime, softDeadline, hardDeadline, newSource, projectId, parentId, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskDraft withStatus(Status newStatus) {
        return new TaskDraft(title, notes, newStatus, energy, focus, estimateMinutes, priority, doDate, doTime, softDeadline, hardDeadline, source, projectId, parentId, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskDraft inProject(UUID project) {
        return new TaskDraft(title, notes, status, energy, focus, estimateMinutes, priority, doDate, doTime, softDeadline, hardDeadline, source, project, parentId, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskDraft under(UUID parent) {
        return new TaskDraft(title, notes, status, energy, focus, estimateMinutes, priority, doDate, doTime, softDeadline, hardDeadline, source, projectId, parent, tags, recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskDraft withTags(String... names) {
        return new TaskDraft(title, notes, status, energy, focus, estimateMinutes, priority, doDate, doTime, softDeadline, hardDeadline, source, projectId, parentId, List.of(names), recurrenceRule, recurrenceMode, remindAt);
    }

    public TaskDraft repeating(String rule, RecurrenceMode mode) {
        return new TaskDraft(title, notes, status, energy, focus, estimateMinutes, priority, doDate, doTime, softDeadline, hardDeadline, source, projectId, parentId, tags, Objects.requireNonNull(rule), mode, remindAt);
    }
}
