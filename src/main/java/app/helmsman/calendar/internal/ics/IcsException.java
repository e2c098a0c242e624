package app.helmsman.calendar.internal.ics;

/** An iCalendar input refused as a whole, with the reason in plain words. */
public class IcsException extends Exception {

    public IcsException(String message) {
        super(message);
    }
}
