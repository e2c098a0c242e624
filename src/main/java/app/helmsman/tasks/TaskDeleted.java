package app.helmsman.tasks;

import java.util.UUID;

/** A task was moved to the trash, or purged from it. Published inside the transaction; listen after commit. */
public record TaskDeleted(UUID taskId, UUID ownerId) {
}
