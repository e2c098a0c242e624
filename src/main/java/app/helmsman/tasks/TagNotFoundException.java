package app.helmsman.tasks;

/** No such tag for the signed-in person (unknown, or someone else's: indistinguishable on purpose). */
public final class TagNotFoundException extends NotFoundException {

    public TagNotFoundException() {
        super("This tag does not exist or was deleted.");
    }
}
