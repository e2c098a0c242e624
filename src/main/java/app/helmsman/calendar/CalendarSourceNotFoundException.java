package app.helmsman.calendar;

/** A calendar the signed-in person does not have: unknown, or someone else's (one message for both). */
public class CalendarSourceNotFoundException extends RuntimeException {

    public CalendarSourceNotFoundException() {
        super("This calendar does not exist (any more).");
    }
}
