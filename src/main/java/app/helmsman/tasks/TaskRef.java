package app.helmsman.tasks;

import java.util.UUID;

/** Another task named in a task's details (a blocker, a task it blocks). */
public record TaskRef(UUID id, String title, Status status) {
}
