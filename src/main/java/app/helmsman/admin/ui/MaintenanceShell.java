package app.helmsman.admin.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.admin.MaintenanceBanner;
import app.helmsman.admin.MaintenanceService;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.ShellContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The maintenance banner in the header of every signed-in window; a new or changed message appears at once on
 * every instance (live hint to everyone) and is announced to screen readers once.
 */
@SpringComponent
@UIScope
class MaintenanceShell implements ShellContribution {

    final Div banner = new Div();
    private final MaintenanceService maintenance;
    private final LiveUpdates live;
    private final SignedInUser signedIn;
    private String shown = "";

    MaintenanceShell(MaintenanceService maintenance, LiveUpdates live, SignedInUser signedIn) {
        this.maintenance = maintenance;
        this.live = live;
        this.signedIn = signedIn;
        banner.addClassName("hm-maintenance-banner");
    }

    @Override
    public List<Component> headerActions() {
        show(false);
        return List.of(banner);
    }

    @Override
    public Registration attach(UI ui) {
        var user = signedIn.id();
        if (user.isEmpty()) {
            return () -> { };
        }
        return live.subscribe(ui, user.get(), Set.of(MaintenanceService.TOPIC), hints -> show(true));
    }

    void show(boolean announce) {
        Optional<MaintenanceBanner> current = signedIn.id().isPresent() ? maintenance.current() : Optional.empty();
        var text = current.map(b -> "Maintenance: " + b.message() + (b.endsAt() == null ? "" : " (until " + AdminMessages.time(b.endsAt()) + ")"))
                .orElse("");
        banner.setText(text);
        banner.setVisible(!text.isEmpty());
        if (announce && !text.isEmpty() && !text.equals(shown)) {
            Announcer.announce(text);
        }
        shown = text;
    }
}
