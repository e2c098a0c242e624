package app.helmsman.calendar;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's connection to a calendar provider, as they see it (never with its tokens).
 *
 * @param accountEmail the account at the provider, which may differ from the Helmsman sign-in email
 * @param revocable whether disconnecting can withdraw the grant at the provider (Google can; Microsoft has no
 *     token revocation endpoint, so the grant stays listed in the Microsoft account until removed there)
 */
public record CalendarConnection(UUID id, CalendarProvider provider, String accountEmail, ConnectionState state, Instant createdAt,
                                 boolean revocable) {
}
