package app.helmsman.tasks;

/**
 * What came of an invitation, in a sentence to show next to the email field.
 *
 * @param added whether someone was invited (they get access once they accept)
 */
public record Invitation(boolean added, String message) {
}
