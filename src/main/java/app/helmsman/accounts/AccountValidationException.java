package app.helmsman.accounts;

import java.util.Map;

/** Input that cannot be accepted; {@link #fieldErrors()} maps a field name to a message for that field. */
public class AccountValidationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public AccountValidationException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public AccountValidationException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
