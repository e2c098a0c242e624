package app.helmsman.calendar;

/** Input the calendar refuses (an invalid .ics file, an address it may not fetch), with the reason in plain words. */
public class CalendarInputException extends RuntimeException {

    public CalendarInputException(String message) {
        super(message);
    }
}
