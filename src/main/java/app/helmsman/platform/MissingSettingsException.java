package app.helmsman.platform;

import java.util.List;

/** Thrown at start-up when required settings are missing; reported as one clear line. */
public class MissingSettingsException extends RuntimeException {

    private final List<String> missing;

    public MissingSettingsException(List<String> missing, String why) {
        super("Missing required setting(s): " + String.join(", ", missing) + " (" + why + ")");
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
