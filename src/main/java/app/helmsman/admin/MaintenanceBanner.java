package app.helmsman.admin;

import java.time.Instant;

/** The maintenance message every signed-in person sees, until {@code endsAt} (null: until an admin removes it). */
public record MaintenanceBanner(String message, Instant endsAt, Instant postedAt) {

    public static final int MAX_MESSAGE = 500;
}
