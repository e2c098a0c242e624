package app.helmsman.focus;

import java.util.UUID;

/** A focus session ended; {@code minutes} were added to the task's actual time (0 for a session under half a minute). */
public record FocusEnded(UUID sessionId, UUID ownerId, UUID taskId, int minutes) {
}
