package app.helmsman.tasks;

/** The kinds of file an import reads. */
public enum ImportFormat {
    HELMSMAN_JSON("Helmsman backup (JSON)"),
    HELMSMAN_CSV("Helmsman CSV"),
    TODOIST_CSV("Todoist CSV export");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
