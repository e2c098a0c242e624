package app.helmsman.tasks;

/**
 * What came of an invitation, in a sentence to show next to the email field.
 *
 * @param added whether someone now has access (or a new role)
 */
public record Invitation(boolean added, String message) {
}
