package app.helmsman.accounts;

/** What a person may do: every account is a USER; ADMINs also reach the ops console. */
public enum Role {
    USER, ADMIN;

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
