package app.helmsman.accounts.internal;

import app.helmsman.shared.ui.Appearance;
import app.helmsman.shared.ui.AppearancePreferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Appearance stored in the signed-in person's settings. */
@Component
class AccountAppearancePreferences implements AppearancePreferences {

    private final UserSettingsRepository settings;
    private final CurrentPrincipal currentPrincipal;
    private final SettingsHints hints;

    AccountAppearancePreferences(UserSettingsRepository settings, CurrentPrincipal currentPrincipal, SettingsHints hints) {
        this.settings = settings;
        this.currentPrincipal = currentPrincipal;
        this.hints = hints;
    }

    @Override
    public java.util.Optional<java.util.UUID> owner() {
        return currentPrincipal.get().map(HelmsmanPrincipal::userId);
    }

    @Override
    @Transactional(readOnly = true)
    public Appearance current() {
        return currentPrincipal.get().flatMap(principal -> settings.findById(principal.userId()))
                .map(UserSettingsEntity::getAppearance).orElse(Appearance.DEFAULT);
    }

    @Override
    @Transactional
    public void save(Appearance appearance) {
        currentPrincipal.get().ifPresent(principal -> {
            var entity = settings.findById(principal.userId()).orElseGet(() -> new UserSettingsEntity(principal.userId()));
            entity.setAppearance(appearance);
            settings.save(entity);
            hints.changed(principal.userId());
        });
    }
}
