package app.helmsman.calendar;

/** The connection does not exist or is someone else's (answered alike, so nobody learns another's ids). */
public class CalendarConnectionNotFoundException extends RuntimeException {

    public CalendarConnectionNotFoundException() {
        super("This calendar connection does not exist (any more).");
    }
}
