package app.helmsman.tasks;

import java.util.UUID;

/** A task's fields, place (project, parent, order), dependencies or status other than completion changed. Published inside the transaction; listen after commit. */
public record TaskChanged(UUID taskId, UUID ownerId) {
}
