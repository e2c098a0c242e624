package app.helmsman.focus;

/** How a focus session's timer runs. */
public enum FocusMode {
    /** Focus for a set length (25 minutes unless the person chose another), then a short break (5). */
    POMODORO("Pomodoro"),
    /** Counts up for as long as the focus lasts; suggests a break that fits its length. */
    FLOWTIME("Flowtime"),
    /** Counts down to a fixed end, such as the end of a planned block. */
    COUNTDOWN("Countdown");

    private final String label;

    FocusMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
