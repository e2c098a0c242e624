package app.helmsman.tasks;

import java.util.UUID;

/** A task was created (by a person, by completing a repeating task, or by the recurrence job). Published inside the transaction; listen after commit. */
public record TaskCreated(UUID taskId, UUID ownerId) {
}
