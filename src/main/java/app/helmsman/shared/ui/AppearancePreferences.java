package app.helmsman.shared.ui;

/** The signed-in person's appearance, stored by the accounts module; the shell only reads and saves it. */
public interface AppearancePreferences {

    /** The current user's appearance, or {@link Appearance#DEFAULT} when nobody is signed in. */
    Appearance current();

    /** Stores the current user's appearance. */
    void save(Appearance appearance);

    /** Whose appearance {@link #current()} is: the signed-in person's id, if anyone is signed in. */
    java.util.Optional<java.util.UUID> owner();
}
