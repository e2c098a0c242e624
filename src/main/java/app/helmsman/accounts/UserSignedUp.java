package app.helmsman.accounts;

import java.util.UUID;

/** Published after a new account was stored. */
public record UserSignedUp(UUID userId) {
}
