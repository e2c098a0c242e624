package app.helmsman.accounts;

import java.util.Set;
import java.util.UUID;

/** The signed-in person. */
public record CurrentUser(UUID id, String email, String displayName, Set<Role> roles) {

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
