package app.helmsman.assist;

/** A brain dump over {@link BrainDumpDrafts#MAX_CHARS} characters; the message says what to do. */
public class DraftTooLongException extends RuntimeException {

    public DraftTooLongException(int length) {
        super("This brain dump has " + String.format("%,d", length) + " characters; the limit is "
                + String.format("%,d", BrainDumpDrafts.MAX_CHARS) + ". Split it and extract the first part.");
    }
}
