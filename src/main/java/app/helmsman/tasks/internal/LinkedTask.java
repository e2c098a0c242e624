package app.helmsman.tasks.internal;

import app.helmsman.tasks.Status;
import java.util.UUID;

/**
 * A task named beside another one (a blocker, a task it blocks, a task in a refused circle), with what the
 * access rule needs to decide whether the viewer may see its title: its owner and project.
 *
 * @param projectId null outside projects
 */
public record LinkedTask(UUID id, String title, Status status, UUID ownerId, UUID projectId) {
}
