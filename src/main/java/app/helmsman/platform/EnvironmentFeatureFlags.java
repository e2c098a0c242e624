package app.helmsman.platform;

import org.springframework.core.env.Environment;

/**
 * Flags as the environment sets them: true unless the variable (or the property of the same name) says
 * {@code false}. The defaults of {@link RuntimeFeatureFlags}, which the ops console can override.
 */
class EnvironmentFeatureFlags implements FeatureFlags {

    private final Environment environment;

    EnvironmentFeatureFlags(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean enabled(Flag flag) {
        return environment.getProperty(flag.environmentVariable(), Boolean.class, true);
    }
}
