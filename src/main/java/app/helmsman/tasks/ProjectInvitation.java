package app.helmsman.tasks;

import java.time.Instant;
import java.util.UUID;

/**
 * A pending invitation to a shared project, as shown to the invited person (to accept or decline) and to the
 * project's owners (to withdraw).
 *
 * @param invitedByName the display name of the owner who invited
 */
public record ProjectInvitation(UUID id, UUID projectId, String projectName, UUID inviteeId, String inviteeName,
                                String inviteeEmail, String invitedByName, ProjectRole role, Instant invitedAt) {
}
