package app.helmsman.tasks.ui;

import app.helmsman.live.LivePresence;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.ProjectInvitationService;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.ProjectNotFoundException;
import app.helmsman.tasks.ProjectPage;
import app.helmsman.tasks.ProjectRole;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskValidationException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One project: its open tasks in the same {@link TaskList} every other view uses (complete, keys, selection,
 * reorder), a line to add a task, and its settings (name, colour, archive) folded away until asked for.
 * Opening it is one service call ({@link app.helmsman.tasks.ProjectService#open}) plus the list's first page.
 */
@Route("projects/:projectId")
@PageTitle("Project · Helmsman")
@PermitAll
public class ProjectDetailsView extends Div implements BeforeEnterObserver, AfterNavigationObserver {

    private final TaskLists lists;
    private final LiveUpdates live;
    private final LivePresence presence;
    private final ProjectMembersService members;
    private final ProjectInvitationService invitations;
    private final Div presenceSlot = new Div();
    private final Div listSlot = new Div();
    private final Button share = new Button("Share");
    private final Div addRow;
    private final H1 heading = new H1();
    final Span state = new Span();
    private final ProjectSettings settings;
    private final Details settingsFold;
    private final TextField newTask = new TextField("New task in this project");
    private final List<Registration> registrations = new ArrayList<>();
    private Registration lostAccess;
    private ProjectView project;

    ProjectDetailsView(TaskLists lists, LiveUpdates live, LivePresence presence, ProjectMembersService members,
                       ProjectInvitationService invitations) {
        this.lists = lists;
        this.live = live;
        this.presence = presence;
        this.members = members;
        this.invitations = invitations;
        addClassName("hm-project-view");
        addClassName("hm-list-view");
        settings = new ProjectSettings(lists.projects, changed -> {
            lists.directory().changed();
            showProject(changed);
        });
        settingsFold = new Details("Project settings", settings);
        settingsFold.addClassName("hm-project-settings");
        state.addClassName("hm-muted");
        state.getElement().setAttribute("aria-live", "off");
        newTask.setMaxLength(TaskDraft.TITLE_MAX_LENGTH);
        var add = new Button("Add task", e -> addTask());
        add.addClickShortcut(Key.ENTER).listenOn(newTask);
        addRow = new Div(newTask, add);
        addRow.addClassName("hm-field-row");
        share.addClickListener(e -> {
            var dialog = new ShareProjectDialog(members, invitations, project.id(), project.name());
            dialog.addOpenedChangeListener(o -> {
                if (!o.isOpened()) {
                    share.focus();
                }
            });
            dialog.open();
        });
        var header = new Div(heading, state, share, presenceSlot);
        header.addClassName("hm-project-heading");
        add(header, addRow, listSlot, settingsFold);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = UUID.fromString(event.getRouteParameters().get("projectId").orElse(""));
            open(lists.projects.open(id));
        } catch (IllegalArgumentException | ProjectNotFoundException e) {
            // someone else's project looks exactly like one that does not exist
            event.rerouteToError(NotFoundException.class, "There is no such project.");
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // @PageTitle is the fallback the architecture test asks for; the project's name is the real title
        // ... set after the router has written that fallback, at the end of this round trip
        var ui = event.getLocationChangeEvent().getUI();
        ui.beforeClientResponse(this, context -> ui.getPage().setTitle(pageTitle()));
    }

    String pageTitle() {
        return (project == null ? "Project" : project.name()) + " · Helmsman";
    }

    /** The project this view shows, or null before it is opened. */
    UUID projectId() {
        return project == null ? null : project.id();
    }

    private void open(ProjectPage page) {
        var shown = page.project();
        if (project == null || !project.id().equals(shown.id())) {
            presenceSlot.removeAll();
            presenceSlot.add(new PresenceIndicator(presence, shown.id(), lists.userId(), page.viewerName()));
            listSlot.removeAll();
            var id = shown.id();
            var empty = ListPage.empty("No open tasks in this project.");
            listSlot.add(new TaskList(lists, "Tasks of " + shown.name(), p -> lists.taskLists.project(id, p), empty,
                    TaskList.Options.tasks()));
            project = shown;
            getUI().ifPresent(this::watchAccess);
        }
        // Viewers see everything but change nothing (the services refuse too); only the write controls go.
        var viewer = page.role() == ProjectRole.VIEWER;
        settingsFold.setVisible(!viewer);
        addRow.setVisible(!viewer);
        showProject(shown);
    }

    private void showProject(ProjectView shown) {
        project = shown;
        heading.setText(shown.name());
        state.setText((shown.archived() ? "Archived · " : "") + shown.openTasks() + (shown.openTasks() == 1 ? " open task" : " open tasks"));
        settings.show(shown);
        getUI().ifPresent(ui -> ui.getPage().setTitle(pageTitle()));
    }

    private void addTask() {
        try {
            var created = lists.tasks.create(TaskDraft.titled(newTask.getValue().strip()).inProject(project.id()));
            newTask.clear();
            newTask.setInvalid(false);
            TasksChangedHere.fire(Set.of(created.id()));
            Announcer.announce("Task added: " + created.title());
        } catch (TaskValidationException e) {
            newTask.setErrorMessage(String.join(" ", e.errors().values()));
            newTask.setInvalid(true);
        }
    }

    /** The open count (and name) again, after a change here or elsewhere: one read. */
    private void refresh() {
        if (project != null) {
            try {
                showProject(lists.projects.project(project.id()));
            } catch (ProjectNotFoundException gone) {
                state.setText("This project no longer exists.");
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        registrations.add(TasksChangedHere.listen(ui, ids -> refresh()));
        registrations.add(live.subscribe(ui, lists.userId(), Set.of("tasks", "projects"), hints -> refresh()));
        watchAccess(ui);
    }

    /** A member removed while looking at the project leaves it at once, with a message. */
    private void watchAccess(UI ui) {
        if (lostAccess != null) {
            lostAccess.remove();
            lostAccess = null;
        }
        if (project != null) {
            lostAccess = LostAccess.watch(ui, live, lists.userId(), project.id(), members);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
        if (lostAccess != null) {
            lostAccess.remove();
            lostAccess = null;
        }
    }
}
