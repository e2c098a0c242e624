package app.helmsman.assist;

/** A brain-dump review over the bounds of {@link BrainDumpDrafts#saveReview}; the message says what to do. */
public class ReviewTooLargeException extends RuntimeException {

    public ReviewTooLargeException(String message) {
        super(message);
    }
}
