package app.helmsman.tasks.ui;

import app.helmsman.accounts.AccountService;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.AreaOverview;
import app.helmsman.tasks.AreaView;
import app.helmsman.tasks.ProjectInvitationService;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.TaskValidationException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Set;

/**
 * Areas of life with their projects; create an area, or a project in an area. Invitations to shared projects
 * wait here to be accepted or declined.
 */
@Route("areas")
@PageTitle("Areas · Helmsman")
@Menu(title = "Areas", order = 50)
@PermitAll
public class AreasView extends Div {

    private final ProjectService projects;
    private final AccountService accounts;
    private final LiveUpdates live;
    private final Div areas = new Div();
    private final TextField newArea = new TextField("New area");
    private final InvitationsSection invitations;
    private Registration liveRegistration;

    AreasView(ProjectService projects, AccountService accounts, LiveUpdates live, ProjectInvitationService invitations,
              InvitationsShell shell) {
        this.projects = projects;
        this.accounts = accounts;
        this.live = live;
        addClassName("hm-areas");
        newArea.setMaxLength(AreaView.NAME_MAX_LENGTH);
        newArea.setPlaceholder("Work, Home, Health");
        var createArea = new Button("Create area", e -> createArea());
        // Enter in the field creates, like the button (only there: Enter elsewhere keeps its own meaning)
        createArea.addClickShortcut(Key.ENTER).listenOn(newArea);
        var newProject = new Button("New project", e -> newProject(null));
        var tools = new Div(newArea, createArea, newProject);
        tools.addClassName("hm-field-row");
        this.invitations = new InvitationsSection(invitations, () -> {
            refresh();
            shell.update();
        });
        add(new H1("Areas"), this.invitations, tools, areas);
        refresh();
    }

    private void refresh() {
        areas.removeAll();
        var overview = projects.overview();
        if (overview.isEmpty()) {
            var empty = new Paragraph("No areas or projects yet. An area groups projects, like Work or Home.");
            empty.addClassName("hm-muted");
            areas.add(empty);
        }
        overview.forEach(a -> areas.add(section(a)));
    }

    private Section section(AreaOverview overview) {
        var name = overview.area() == null ? "Not in an area" : overview.area().name();
        var list = new UnorderedList();
        list.addClassName("hm-plain-list");
        for (var project : overview.projects()) {
            list.add(new ListItem(link(project)));
        }
        if (overview.projects().isEmpty()) {
            list.add(new ListItem("No projects yet."));
        }
        var section = new Section(new H2(name), list);
        section.addClassName("hm-area");
        if (overview.area() != null) {
            var add = new Button("New project in " + name, e -> newProject(overview.area()));
            section.add(add);
        }
        return section;
    }

    private RouterLink link(ProjectView project) {
        var swatch = new Span();
        swatch.addClassName("hm-swatch");
        swatch.getStyle().set("background-color", project.colour());
        swatch.getElement().setAttribute("aria-hidden", "true");
        var link = new RouterLink(ProjectDetailsView.class, new RouteParameters("projectId", project.id().toString()));
        link.add(swatch, new Span(project.name()), new Span(" · " + project.openTasks() + (project.openTasks() == 1 ? " open task" : " open tasks")));
        return link;
    }

    private void createArea() {
        try {
            var area = projects.createArea(newArea.getValue());
            newArea.clear();
            newArea.setInvalid(false);
            Announcer.announce("Area " + area.name() + " created");
            refresh();
        } catch (TaskValidationException e) {
            newArea.setErrorMessage(e.errors().getOrDefault("name", e.getMessage()));
            newArea.setInvalid(true);
        }
    }

    private void newProject(AreaView area) {
        new NewProjectDialog(projects, area, project -> UI.getCurrent().navigate(ProjectDetailsView.class,
                new RouteParameters("projectId", project.id().toString()))).open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveRegistration = live.subscribe(event.getUI(), accounts.currentUser().id(), Set.of("projects"), hints -> {
            invitations.refresh(true);
            refresh();
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
    }
}
