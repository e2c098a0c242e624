package app.helmsman.tasks.ui;

import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.NotFoundException;
import app.helmsman.tasks.ProjectMembersService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.UUID;

/**
 * Makes a view of a shared project leave it the moment the person loses access (removed, left in another
 * window, project gone): on a {@code projects} hint naming the project it asks the service again and, if
 * the answer is "not found", goes to Today and says why, visibly and to screen readers.
 */
final class LostAccess {

    static final String MESSAGE = "You no longer have access to this project.";

    private LostAccess() {
    }

    /** Watches one project for the view showing it; subscribe in {@code onAttach}, remove in {@code onDetach}. */
    static Registration watch(UI ui, LiveUpdates live, UUID user, UUID projectId, ProjectMembersService members) {
        return live.subscribe(ui, user, Set.of("projects", "*"), hints -> {
            if (hints.stream().noneMatch(h -> h.ids().contains(projectId) || "*".equals(h.topic()))) {
                return;
            }
            try {
                members.myRole(projectId);
            } catch (NotFoundException gone) {
                var said = hints.stream().filter(h -> h.ids().contains(projectId) && h.summary().startsWith("You "))
                        .map(h -> h.summary()).findFirst().orElse(MESSAGE);
                ui.navigate("");
                Announcer.speaksFor(Notification.show(said, 8000, Notification.Position.TOP_CENTER)); // said once, by the announcer below
                Announcer.announce(ui, said);
            }
        });
    }
}
