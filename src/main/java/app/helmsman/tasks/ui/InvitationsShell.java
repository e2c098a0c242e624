package app.helmsman.tasks.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.ShellContribution;
import app.helmsman.tasks.ProjectInvitationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import java.util.Set;

/**
 * A link in the header of every view, "1 invitation", shown while the person has invitations to shared projects
 * to answer; it leads to Areas, where they accept or decline. Kept up to date live.
 */
@SpringComponent
@UIScope
class InvitationsShell implements ShellContribution {

    private final ProjectInvitationService invitations;
    private final LiveUpdates live;
    private final SignedInUser signedIn;
    private final RouterLink link = new RouterLink("", AreasView.class);

    InvitationsShell(ProjectInvitationService invitations, LiveUpdates live, SignedInUser signedIn) {
        this.invitations = invitations;
        this.live = live;
        this.signedIn = signedIn;
        link.addClassName("hm-invitations-link");
    }

    @Override
    public List<Component> headerActions() {
        update();
        return List.of(link);
    }

    @Override
    public Registration attach(UI ui) {
        return live.subscribe(ui, signedIn.requireId(), Set.of("projects"), hints -> update());
    }

    /** Re-reads how many invitations wait for an answer. */
    void update() {
        var count = invitations.mine().size();
        link.setText(count == 1 ? "1 invitation" : count + " invitations");
        link.getElement().setAttribute("aria-label", (count == 1 ? "1 invitation" : count + " invitations")
                + " to shared projects: answer them in Areas");
        link.setVisible(count > 0);
    }
}
