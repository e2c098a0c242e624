package app.helmsman.reminders.internal;

import app.helmsman.reminders.ReminderKind;
import app.helmsman.reminders.ReminderState;
import java.time.Instant;
import java.util.UUID;

/** One row of the reminder queue. */
public record ReminderRow(UUID id, UUID ownerId, ReminderKind kind, UUID taskId, UUID blockId, String title, Instant subjectAt,
                          Instant dueAt, ReminderState state, boolean urgent, Instant deliveredAt, boolean late, boolean grouped,
                          Instant readAt, String dedupeKey) {

    /** A new pending reminder; the dedupe key makes computing it twice harmless. */
    public static ReminderRow pending(UUID ownerId, ReminderKind kind, UUID taskId, UUID blockId, String title, Instant subjectAt, Instant dueAt) {
        var subject = taskId != null ? taskId : blockId;
        var key = kind + ":" + subject + ":" + dueAt.getEpochSecond();
        return new ReminderRow(UUID.randomUUID(), ownerId, kind, taskId, blockId, title, subjectAt, dueAt, ReminderState.PENDING,
                kind.urgent(), null, false, false, null, key);
    }
}
