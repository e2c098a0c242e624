package app.helmsman.platform;

/**
 * Switches an operator can turn features off with. Defaults come from the environment
 * ({@code FEATURE_AI_SUGGESTIONS}, {@code FEATURE_CALENDAR_INTEGRATION}, ...); the ops console may change them
 * at run time for every replica. Read a flag where the feature acts (each call), never once at start-up.
 */
public interface FeatureFlags {

    boolean enabled(Flag flag);

    /** Every flag the code has, with the environment variable that sets its default. */
    enum Flag {
        AI_SUGGESTIONS("FEATURE_AI_SUGGESTIONS", "AI suggestions"),
        CALENDAR_INTEGRATION("FEATURE_CALENDAR_INTEGRATION", "Calendar integration"),
        SIGN_UPS("FEATURE_SIGN_UPS", "New sign-ups allowed"),
        EMAIL_REMINDERS("FEATURE_EMAIL_REMINDERS", "Reminder emails");

        private final String environmentVariable;
        private final String label;

        Flag(String environmentVariable, String label) {
            this.environmentVariable = environmentVariable;
            this.label = label;
        }

        public String environmentVariable() {
            return environmentVariable;
        }

        public String label() {
            return label;
        }
    }
}
