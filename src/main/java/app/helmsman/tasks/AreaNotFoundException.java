package app.helmsman.tasks;

/** No such area for the signed-in person (unknown, or someone else's: indistinguishable on purpose). */
public final class AreaNotFoundException extends NotFoundException {

    public AreaNotFoundException() {
        super("This area does not exist or was deleted.");
    }
}
