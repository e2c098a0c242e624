package app.helmsman.tasks.ui;

import app.helmsman.accounts.AccountService;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.ProjectNotFoundException;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskValidationException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
    private final H1 heading = new H1();
    private final Span state = new Span();
    private final ProjectSettings settings;
    private final ProjectTree tree;
    private final TextField newTask = new TextField("New task in this project");
    private final List<Registration> registrations = new ArrayList<>();
    private ProjectView project;

    ProjectDetailsView(ProjectService projects, TaskService tasks, TaskEditor editor, AccountService accounts, LiveUpdates live) {
        this.projects = projects;
        this.tasks = tasks;
        this.accounts = accounts;
        this.live = live;
        addClassName("hm-project-view");
        settings = new ProjectSettings(projects, this::show);
        tree = new ProjectTree(tasks, editor);
        state.addClassName("hm-muted");
        newTask.setMaxLength(TaskDraft.TITLE_MAX_LENGTH);
        var add = new Button("Add task", e -> addTask());
        var addRow = new Div(newTask, add);
        addRow.addClassName("hm-field-row");
        var header = new Div(heading, state);
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
        event.getLocationChangeEvent().getUI().getPage().setTitle(pageTitle());
    }

    String pageTitle() {
        return (project == null ? "Project" : project.name()) + " · Helmsman";
    }

    private void show(ProjectView shown) {
        project = shown;
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
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }
}
