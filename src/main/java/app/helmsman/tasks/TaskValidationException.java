package app.helmsman.tasks;

import java.util.Map;

/** Input that cannot be saved, with a message per field (field names as in {@link TaskDraft}, {@link ProjectDraft}). */
public class TaskValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public TaskValidationException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public TaskValidationException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
