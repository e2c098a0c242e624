package app.helmsman.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One account as the ops console lists it. */
public record UserSummary(UUID id, String email, String displayName, Set<Role> roles, Instant createdAt, Set<String> providers) {
}
