package app.helmsman.tasks;

import java.util.UUID;

/** A task was marked done. Published inside the transaction; listen after commit. */
public record TaskCompleted(UUID taskId, UUID ownerId) {
}
