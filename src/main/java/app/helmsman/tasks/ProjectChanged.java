package app.helmsman.tasks;

import java.util.UUID;

/** A project was created, renamed, recoloured, moved to another area or (un)archived. Published inside the transaction; listen after commit. */
public record ProjectChanged(UUID projectId, UUID ownerId) {
}
