package app.helmsman.tasks;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a task stood before a list action (complete, move, bulk), so that undo can put it back exactly.
 *
 * @param completedAt null unless {@code status} is DONE
 * @param projectId null for the Inbox
 * @param parentId null for a top-level task
 */
public record TaskSnapshot(UUID id, Status status, Instant completedAt, UUID projectId, UUID parentId, long position) {
}
