package app.helmsman.tasks;

/**
 * The person can see this (a shared project, or one of its tasks) but their role does not allow the
 * change: a viewer writing, an editor managing members. The message says so in plain words.
 */
public class NotAllowedException extends RuntimeException {

    NotAllowedException(String message) {
        super(message);
    }
}
