package app.helmsman.tasks.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Focus;
import app.helmsman.shared.ui.Glyph;
import app.helmsman.shared.ui.Keys;
import app.helmsman.shared.ui.ShellContribution;
import app.helmsman.tasks.ProjectService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;

/**
 * What tasks add to the shell: the "Add task" button in the header and the global shortcuts {@code q} (quick
 * add), {@code /} (search), {@code ?} (shortcuts) and Ctrl+K (command palette). Only one of these dialogs is
 * open at a time, so a shortcut pressed inside one does not stack another on top.
 */
@SpringComponent
@UIScope
class TaskShell implements ShellContribution {

    /** The search view's route (built in another part of the app; navigated to by name). */
    static final String SEARCH_ROUTE = "search";

    private final QuickAddSaver saver;
    private final UserClock clock;
    private final ProjectService projects;
    private final ProjectDirectory directory;
    private final LiveUpdates live;
    private final SignedInUser signedIn;
    private Dialog open;

    TaskShell(QuickAddSaver saver, UserClock clock, ProjectService projects, ProjectDirectory directory, LiveUpdates live,
              SignedInUser signedIn) {
        this.live = live;
        this.signedIn = signedIn;
        this.saver = saver;
        this.clock = clock;
        this.projects = projects;
        this.directory = directory;
    }

    @Override
    public List<Component> headerActions() {
        var add = new Button("Add task", Glyph.PLUS.create(), e -> quickAdd());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("hm-add-task");
        add.getElement().setAttribute("aria-keyshortcuts", "q");
        return List.of(add);
    }

    @Override
    public List<Component> navigation() {
        return signedIn.id().<List<Component>>map(id -> List.of(new ProjectsNav(projects, directory, live, id))).orElse(List.of());
    }

    @Override
    public Registration attach(UI ui) {
        var registrations = List.of(
                Keys.plain(ui, "q", this::quickAdd),
                Keys.plain(ui, "/", () -> whenNoDialog(() -> UI.getCurrent().navigate(SEARCH_ROUTE))),
                Keys.plain(ui, "?", this::shortcuts),
                Keys.ctrl(ui, "k", this::palette));
        return () -> registrations.forEach(Registration::remove);
    }

    void quickAdd() {
        // the list may re-lay out under the row that had focus: then focus goes back to the current row, not to <body>
        show(new QuickAddDialog(saver, clock, task -> {
            AddedNotice.show(task, directory.projectNames());
            Focus.rescue(UI.getCurrent(), TaskActions.CURRENT_ROW);
        }));
    }

    void shortcuts() {
        show(new ShortcutsDialog());
    }

    void palette() {
        show(new CommandPalette(this::quickAdd, this::newProject, this::shortcuts, directory.get()));
    }

    void newProject() {
        show(new NewProjectDialog(projects, null, project -> {
            directory.changed();
            UI.getCurrent().navigate("projects/" + project.id());
        }));
    }

    private void whenNoDialog(Runnable action) {
        if (open == null || !open.isOpened()) {
            action.run();
        }
    }

    private void show(Dialog dialog) {
        if (open != null && open.isOpened()) {
            // a palette command replaces the palette; a shortcut inside another dialog does nothing
            if (!(open instanceof CommandPalette)) {
                return;
            }
            open.close();
        }
        open = dialog;
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened() && open == dialog) {
                open = null;
            }
        });
        dialog.open();
    }
}
