package app.helmsman.reminders;

/** A reminder setting out of its bounds; the message says which and why, for the person. */
public class ReminderValidationException extends RuntimeException {

    private final String field;

    public ReminderValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the setting at fault, for the view to mark. */
    public String field() {
        return field;
    }
}
