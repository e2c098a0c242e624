package app.helmsman.tasks.ui;

import app.helmsman.accounts.AccountService;
import app.helmsman.live.LivePresence;
import app.helmsman.tasks.ProjectMembersService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.UUID;

/**
 * Who else is viewing this project now, live and across replicas: "Also here: Ed Example, Vic Example".
 * Plain text (names, not only avatars or colours), so screen readers read it where it stands; changes are
 * not announced, to keep the live region for things that matter. Put it in the project view's header.
 */
final class PresenceIndicator extends Div {

    private final LivePresence presence;
    private final AccountService accounts;
    private final ProjectMembersService members;
    private final UUID projectId;
    private final Span text = new Span();
    private Registration registration;

    PresenceIndicator(LivePresence presence, AccountService accounts, ProjectMembersService members, UUID projectId) {
        this.presence = presence;
        this.accounts = accounts;
        this.members = members;
        this.projectId = projectId;
        addClassName("hm-presence");
        add(text);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        members.myRole(projectId); // only members appear, and only to members (throws when not one)
        var me = accounts.currentUser();
        registration = presence.enter(event.getUI(), projectId, me.id(), me.displayName(),
                viewers -> show(viewers.stream().filter(v -> !v.userId().equals(me.id())).map(LivePresence.Viewer::name).toList()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    private void show(List<String> others) {
        text.setText(others.isEmpty() ? "Only you are viewing this project." : "Also viewing now: " + String.join(", ", others));
    }

    String text() {
        return text.getText();
    }
}
