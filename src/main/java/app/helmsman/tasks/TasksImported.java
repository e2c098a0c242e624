package app.helmsman.tasks;

import java.util.UUID;

/** A file was imported: one event for the whole import, not one per task. Published inside the transaction. */
public record TasksImported(UUID ownerId, int tasks, int projects) {
}
