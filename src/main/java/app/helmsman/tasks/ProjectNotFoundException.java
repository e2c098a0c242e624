package app.helmsman.tasks;

/** No such project for the signed-in person (unknown, or someone else's: indistinguishable on purpose). */
public final class ProjectNotFoundException extends NotFoundException {

    public ProjectNotFoundException() {
        super("This project does not exist or was deleted.");
    }
}
