package app.helmsman.focus;

import java.util.Map;

/** Input the focus services refuse, with a sentence per field (keys as in {@link FocusSettings}), for the view to show. */
public class FocusValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public FocusValidationException(String field, String message) {
        this(Map.of(field, message));
    }

    public FocusValidationException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
