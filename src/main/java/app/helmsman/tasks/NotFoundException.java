package app.helmsman.tasks;

/**
 * Something the signed-in person cannot see: it does not exist, or it belongs to someone else. Both cases
 * are one exception with one message, so an id of another person's data reveals nothing.
 */
public abstract sealed class NotFoundException extends RuntimeException
        permits TaskNotFoundException, ProjectNotFoundException, AreaNotFoundException, TagNotFoundException,
        InvitationNotFoundException {

    NotFoundException(String message) {
        super(message);
    }
}
