package app.helmsman.calendar;

/** How a calendar's sync is doing, in words a person understands. */
public enum SourceState {
    OK("Up to date"),
    NEEDS_RECONNECTING("Needs reconnecting"),
    FAILING("Sync is failing"),
    DISABLED("Paused");

    private final String label;

    SourceState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
