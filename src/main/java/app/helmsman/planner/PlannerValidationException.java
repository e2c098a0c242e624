package app.helmsman.planner;

import java.util.Map;

/** Planner input that cannot be saved, with a message per field (names as in {@link PlanPreferences}). */
public class PlannerValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public PlannerValidationException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
