package app.helmsman.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One account as the ops console lists it: never anything the person wrote, only counts.
 *
 * @param signInMethods "password" and the providers linked (google, microsoft)
 * @param lastSeenAt when the person last used Helmsman (to within a few minutes), or null
 * @param tasks how many tasks they own (done and trashed included)
 * @param signInLocked whether sign-in is throttled for this account now
 */
public record AdminUser(UUID id, String email, String displayName, boolean admin, boolean enabled, Instant createdAt, Instant lastSeenAt,
                        List<String> signInMethods, long tasks, boolean signInLocked) {
}
