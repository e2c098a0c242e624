package app.helmsman.tasks.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.live.LiveUpdates;
import app.helmsman.tasks.Directory;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The project and tag names this window shows (task rows, the navigation, the palette, quick add), read once
 * in one service call and kept until they may have changed: a {@code projects} hint from another window or
 * device (ADR 0005), or a change made in this window ({@link #changed()}, which live hints skip). Per window,
 * not per HTTP session, so two tabs never share a stale copy; task changes elsewhere do not drop it (a task
 * hint cannot rename a project), except for the open counts, which the navigation re-reads itself.
 */
@SpringComponent
@UIScope
class ProjectDirectory {

    private final ProjectService projects;
    private final LiveUpdates live;
    private final SignedInUser user;
    private Directory directory;
    private Registration hints;

    ProjectDirectory(ProjectService projects, LiveUpdates live, SignedInUser user) {
        this.projects = projects;
        this.live = live;
        this.user = user;
    }

    /** The person's projects (archived ones too) and tag names, from this window's copy. */
    Directory get() {
        if (directory == null) {
            var ui = UI.getCurrent();
            if (ui != null && hints == null) {
                hints = live.subscribe(ui, user.requireId(), Set.of("projects", "*"), h -> forget(ui));
                ui.addDetachListener(e -> stopListening());
            }
            directory = projects.directory();
        }
        return directory;
    }

    /** Names of the person's projects (archived ones too) by id. */
    Map<UUID, String> projectNames() {
        var names = new LinkedHashMap<UUID, String>();
        for (ProjectView project : get().projects()) {
            names.put(project.id(), project.name());
        }
        return names;
    }

    /** This window created, renamed, archived, joined or left a project, or created or renamed a tag. */
    void changed() {
        var ui = UI.getCurrent();
        if (ui != null) {
            forget(ui);
        } else {
            directory = null;
        }
    }

    private void forget(UI ui) {
        directory = null;
        ComponentUtil.fireEvent(ui, new Changed(ui));
    }

    private void stopListening() {
        if (hints != null) {
            hints.remove();
            hints = null;
        }
    }

    /** Listens for "the names may have changed" in this window; remove the registration on detach. */
    static Registration listen(UI ui, Consumer<UI> listener) {
        return ComponentUtil.addListener(ui, Changed.class, event -> listener.accept(event.getSource()));
    }

    /** Fired on the window when its copy was dropped. */
    static final class Changed extends ComponentEvent<UI> {
        Changed(UI ui) {
            super(ui, false);
        }
    }
}
