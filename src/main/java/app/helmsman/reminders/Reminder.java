package app.helmsman.reminders;

import java.time.Instant;
import java.util.UUID;

/**
 * A reminder as the notification centre shows it.
 *
 * @param message the gentle, specific sentence ("'Call the dentist' is planned for 15:00"), in the person's zone
 * @param lateNote set when it was delivered late after downtime ("This was for 15:00"), else empty
 * @param grouped delivered inside a group ("3 more reminders") rather than as a toast of its own
 * @param read the person has seen it (opened it in the centre, or marked it read)
 */
public record Reminder(UUID id, ReminderKind kind, UUID taskId, String title, String message, String lateNote, Instant dueAt,
                       ReminderState state, Instant deliveredAt, boolean grouped, boolean read) {
}
