package app.helmsman.tasks;

import java.util.UUID;

/** A task came back from the trash. Published inside the transaction; listen after commit. */
public record TaskRestored(UUID taskId, UUID ownerId) {
}
