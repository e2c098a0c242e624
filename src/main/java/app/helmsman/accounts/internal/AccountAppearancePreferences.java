package app.helmsman.accounts.internal;

import app.helmsman.shared.ui.Appearance;
import app.helmsman.shared.ui.AppearancePreferences;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Appearance stored in the signed-in person's settings. */
@Component
class AccountAppearancePreferences implements AppearancePreferences {

    private final UserSettingsRepository settings;

    AccountAppearancePreferences(UserSettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Appearance current() {
        return currentUser().flatMap(principal -> settings.findById(principal.userId()))
                .map(UserSettingsEntity::getAppearance).orElse(Appearance.DEFAULT);
    }

    @Override
    @Transactional
    public void save(Appearance appearance) {
        currentUser().ifPresent(principal -> {
            var entity = settings.findById(principal.userId()).orElseGet(() -> new UserSettingsEntity(principal.userId()));
            entity.setAppearance(appearance);
            settings.save(entity);
        });
    }

    private static java.util.Optional<HelmsmanPrincipal> currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof HelmsmanPrincipal principal
                ? java.util.Optional.of(principal) : java.util.Optional.empty();
    }
}
