package app.helmsman.planner;

/** A line of reflection that cannot be kept (too long, or holding NUL); the message says why in a sentence. Nothing was stored. */
public class ReflectionRejectedException extends RuntimeException {

    public ReflectionRejectedException(String message) {
        super(message);
    }
}
