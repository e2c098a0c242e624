package app.helmsman.reminders;

/** How long a reminder is put off. */
public enum Snooze {
    TEN_MINUTES("10 minutes"), ONE_HOUR("1 hour"), TOMORROW("Tomorrow morning");

    private final String label;

    Snooze(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
