package app.helmsman.tasks;

/** No such pending invitation for the signed-in person: unknown, answered, withdrawn, or someone else's. */
public final class InvitationNotFoundException extends NotFoundException {

    public InvitationNotFoundException() {
        super("This invitation was withdrawn or answered already.");
    }
}
