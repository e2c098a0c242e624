package app.helmsman.tasks;

/** What a person may do in a shared project. The project's creator is always an OWNER. */
public enum ProjectRole {
    /** Everything, including members, archiving and the project's name. */
    OWNER("Owner"),
    /** Adds, edits, completes, moves and trashes the project's tasks. */
    EDITOR("Can edit"),
    /** Sees the project and its tasks; changes nothing. */
    VIEWER("Can view");

    private final String label;

    ProjectRole(String label) {
        this.label = label;
    }

    /** A short label for people ("Can edit"). */
    public String label() {
        return label;
    }

    boolean canWrite() {
        return this != VIEWER;
    }
}
