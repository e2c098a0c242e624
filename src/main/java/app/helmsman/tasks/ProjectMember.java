package app.helmsman.tasks;

import java.util.UUID;

/**
 * A person with access to a project.
 *
 * @param creator the project's creator: always an owner, cannot be removed or demoted
 */
public record ProjectMember(UUID userId, String displayName, String email, ProjectRole role, boolean creator) {
}
