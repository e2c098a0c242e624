package app.helmsman.accounts;

import app.helmsman.accounts.internal.CurrentPrincipal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The id of the person signed in on this request or Vaadin session, for other modules' services to scope
 * their queries and check ownership. No database access.
 */
@Component
public class SignedInUser {

    private final CurrentPrincipal principal;

    SignedInUser(CurrentPrincipal principal) {
        this.principal = principal;
    }

    /** The signed-in person's id, if anyone is signed in. */
    public Optional<UUID> id() {
        return principal.get().map(p -> p.userId());
    }

    /**
     * The signed-in person's id.
     *
     * @throws org.springframework.security.access.AccessDeniedException when nobody is signed in
     */
    public UUID requireId() {
        return id().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("nobody is signed in"));
    }
}
