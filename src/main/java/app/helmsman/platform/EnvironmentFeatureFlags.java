package app.helmsman.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Flags as the environment sets them: true unless the variable (or the property of the same name) says
 * {@code false}.
 */
@Component
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
