package app.helmsman.accounts;

import app.helmsman.accounts.internal.ProviderRegistrations;
import app.helmsman.platform.FeatureFlags;
import java.util.List;
import org.springframework.stereotype.Service;

/** Which external sign-in providers this installation offers (only configured ones). */
@Service
public class SignInOptions {

    /** A provider button: its registration id (used in {@code /oauth2/authorization/{id}}) and its name. */
    public record Provider(String id, String name) {
    }

    private final List<Provider> providers;
    private final FeatureFlags flags;

    SignInOptions(AccountsSettings settings, FeatureFlags flags) {
        this.flags = flags;
        this.providers = ProviderRegistrations.from(settings).stream()
                .map(registration -> new Provider(registration.getRegistrationId(), registration.getClientName())).toList();
    }

    public List<Provider> providers() {
        return providers;
    }

    /** Whether new accounts may be created now (the SIGN_UPS feature flag, changeable in the ops console). */
    public boolean signUpsOpen() {
        return flags.enabled(FeatureFlags.Flag.SIGN_UPS);
    }
}
