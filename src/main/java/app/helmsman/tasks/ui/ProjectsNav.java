package app.helmsman.tasks.ui;

import app.helmsman.live.LiveUpdates;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The person's projects (not archived) in the navigation, each with its open tasks, so a project is one step
 * away instead of going through Areas. The first list comes from the window's copy of the names
 * ({@link ProjectDirectory}); a change here or a hint from elsewhere re-reads the counts in one service call.
 */
class ProjectsNav extends SideNav {

    private final ProjectService projects;
    private final ProjectDirectory directory;
    private final LiveUpdates live;
    private final UUID user;
    private final List<Registration> registrations = new ArrayList<>();

    ProjectsNav(ProjectService projects, ProjectDirectory directory, LiveUpdates live, UUID user) {
        this.projects = projects;
        this.directory = directory;
        this.live = live;
        this.user = user;
        setLabel("Projects");
        setCollapsible(true);
        addClassName("hm-projects-nav");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        show(directory.get().projects());
        registrations.add(live.subscribe(ui, user, Set.of("tasks", "projects"), hints -> refresh()));
        registrations.add(TasksChangedHere.listen(ui, ids -> refresh()));
        registrations.add(ProjectDirectory.listen(ui, changed -> refresh()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    /** Open counts (and names) again: one read. */
    void refresh() {
        show(projects.projects(false));
    }

    private void show(List<ProjectView> shown) {
        removeAll();
        var open = shown.stream().filter(p -> !p.archived()).toList();
        setVisible(!open.isEmpty());
        for (var project : open) {
            var item = new SideNavItem(project.name(), "projects/" + project.id());
            var count = new Span(Integer.toString(project.openTasks()));
            count.addClassName("hm-nav-count");
            count.getElement().setAttribute("aria-label", project.openTasks() == 1 ? "1 open task" : project.openTasks() + " open tasks");
            item.setSuffixComponent(count);
            addItem(item);
        }
    }

    /** Label and open count of each project shown, for tests and the palette. */
    List<String> entries() {
        return getItems().stream().map(i -> i.getLabel() + " " + ((Span) i.getSuffixComponent()).getText()).toList();
    }
}
