package app.helmsman.accounts;

import java.util.UUID;

/** An account was deleted with everything of it. Published inside the transaction. */
public record AccountDeleted(UUID userId) {
}
