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
import java.util.function.Supplier;

/**
 * Who else is viewing this project now, live and across replicas: "Also here: Ed Example, Vic Example".
 * Plain text (names, not only avatars or colours), so screen readers read it where it stands; changes are
 * not announced, to keep the live region for things that matter. Put it in the project view's header.
 */
final class PresenceIndicator extends Div {

    private final LivePresence presence;
    private final Supplier<Me> me;
    private final UUID projectId;
    private final Span text = new Span();
    private Registration registration;

    /** Who is viewing, asked of the services when it is shown (checks membership first). */
    PresenceIndicator(LivePresence presence, AccountService accounts, ProjectMembersService members, UUID projectId) {
        this(presence, projectId, () -> {
            members.myRole(projectId); // only members appear, and only to members (throws when not one)
            var me = accounts.currentUser();
            return new Me(me.id(), me.displayName());
        });
    }

    /** For a view that has already checked membership and knows who is viewing (no service call). */
    PresenceIndicator(LivePresence presence, UUID projectId, UUID userId, String name) {
        this(presence, projectId, () -> new Me(userId, name));
    }

    private PresenceIndicator(LivePresence presence, UUID projectId, Supplier<Me> me) {
        this.presence = presence;
        this.me = me;
        this.projectId = projectId;
        addClassName("hm-presence");
        add(text);
    }

    private record Me(UUID id, String name) {
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var viewer = me.get();
        registration = presence.enter(event.getUI(), projectId, viewer.id(), viewer.name(),
                viewers -> show(viewers.stream().filter(v -> !v.userId().equals(viewer.id())).map(LivePresence.Viewer::name).toList()));
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
