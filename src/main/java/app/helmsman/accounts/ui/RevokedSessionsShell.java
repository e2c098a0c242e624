package app.helmsman.accounts.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.internal.SessionRevocationFilter;
import app.helmsman.accounts.internal.SessionsRevokedHints;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.ShellContribution;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Set;

/**
 * Signs a window out at once when its person's sessions are revoked on any replica (disabled, signed out
 * everywhere, deleted): the window reloads, and the reload meets the revocation check, which sends it to the
 * sign-in page. A window held open by Push would otherwise stay until its next request.
 */
@SpringComponent
@UIScope
class RevokedSessionsShell implements ShellContribution {

    private final LiveUpdates live;
    private final SignedInUser signedIn;

    RevokedSessionsShell(LiveUpdates live, SignedInUser signedIn) {
        this.live = live;
        this.signedIn = signedIn;
    }

    @Override
    public Registration attach(UI ui) {
        var user = signedIn.id();
        if (user.isEmpty()) {
            return () -> { };
        }
        return live.subscribe(ui, user.get(), Set.of(SessionsRevokedHints.TOPIC), hints -> {
            // the next request checks the revocation at once, whenever this session last checked it
            if (ui.getSession() != null && ui.getSession().getSession() != null) {
                ui.getSession().getSession().removeAttribute(SessionRevocationFilter.CHECKED_AT);
            }
            ui.getPage().reload();
        });
    }
}
