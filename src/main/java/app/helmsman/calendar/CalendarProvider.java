package app.helmsman.calendar;

/** A calendar service a person can connect, besides ICS. */
public enum CalendarProvider {
    GOOGLE("Google Calendar"),
    OUTLOOK("Outlook");

    private final String label;

    CalendarProvider(String label) {
        this.label = label;
    }

    /** The name people know it by. */
    public String label() {
        return label;
    }

    /** The path segment of its connect and callback addresses ({@code google}, {@code outlook}). */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
