package app.helmsman.tasks.ui;

import app.helmsman.live.LivePresence;
import app.helmsman.tasks.ProjectInvitationService;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.ProjectRole;
import com.vaadin.flow.component.UI;

import app.helmsman.accounts.AccountService;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.ProjectNotFoundException;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskValidationException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One project: its settings (name, colour, archive) and its tasks as a tree of subtasks. */
@Route("projects/:projectId")
@PageTitle("Project · Helmsman")
@PermitAll
public class ProjectDetailsView extends Div implements BeforeEnterObserver, AfterNavigationObserver {

    private final ProjectService projects;
    private final TaskService tasks;
    private final AccountService accounts;
    private final LiveUpdates live;
    private final LivePresence presence;
    private final ProjectMembersService members;
    private final ProjectInvitationService invitations;
    private final Div presenceSlot = new Div();
    private final Button share = new Button("Share");
    private final Div addRow;
    private Registration lostAccess;
    private final H1 heading = new H1();
    private final Span state = new Span();
    private final ProjectSettings settings;
    private final ProjectTree tree;
    private final TextField newTask = new TextField("New task in this project");
    private final List<Registration> registrations = new ArrayList<>();
    private ProjectView project;

    ProjectDetailsView(ProjectService projects, TaskService tasks, TaskListService lists, TaskEditor editor, AccountService accounts,
                       LiveUpdates live, LivePresence presence, ProjectMembersService members,
                       ProjectInvitationService invitations) {
        this.projects = projects;
        this.presence = presence;
        this.members = members;
        this.invitations = invitations;
        this.tasks = tasks;
        this.accounts = accounts;
        this.live = live;
        addClassName("hm-project-view");
        settings = new ProjectSettings(projects, this::show);
        tree = new ProjectTree(lists, editor);
        state.addClassName("hm-muted");
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
        add(header, settings, addRow, tree);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = UUID.fromString(event.getRouteParameters().get("projectId").orElse(""));
            show(projects.project(id));
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

    private void show(ProjectView shown) {
        var changedProject = project == null || !project.id().equals(shown.id());
        project = shown;
        if (changedProject) {
            presenceSlot.removeAll();
            presenceSlot.add(new PresenceIndicator(presence, accounts, members, shown.id()));
            getUI().ifPresent(this::watchAccess);
        }
        // Viewers see everything but change nothing (the services refuse too); only the write controls go.
        var viewer = members.myRole(shown.id()) == ProjectRole.VIEWER;
        settings.setVisible(!viewer);
        addRow.setVisible(!viewer);
        heading.setText(shown.name());
        state.setText((shown.archived() ? "Archived · " : "") + shown.openTasks() + (shown.openTasks() == 1 ? " open task" : " open tasks"));
        settings.show(shown);
        tree.show(shown.id());
        getUI().ifPresent(ui -> ui.getPage().setTitle(pageTitle()));
    }

    private void addTask() {
        try {
            var created = tasks.create(TaskDraft.titled(newTask.getValue().strip()).inProject(project.id()));
            newTask.clear();
            newTask.setInvalid(false);
            TasksChangedHere.fire(Set.of(created.id()));
            Announcer.announce("Task added: " + created.title());
            refresh();
        } catch (TaskValidationException e) {
            newTask.setErrorMessage(String.join(" ", e.errors().values()));
            newTask.setInvalid(true);
        }
    }

    private void refresh() {
        if (project != null) {
            try {
                show(projects.project(project.id()));
            } catch (ProjectNotFoundException gone) {
                state.setText("This project no longer exists.");
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        registrations.add(TasksChangedHere.listen(ui, ids -> tree.show(project.id())));
        registrations.add(live.subscribe(ui, accounts.currentUser().id(), Set.of("tasks", "projects"), hints -> refresh()));
        watchAccess(ui);
    }

    /** A member removed while looking at the project leaves it at once, with a message. */
    private void watchAccess(UI ui) {
        if (lostAccess != null) {
            lostAccess.remove();
            lostAccess = null;
        }
        if (project != null) {
            lostAccess = LostAccess.watch(ui, live, accounts.currentUser().id(), project.id(), members);
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
