package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.tasks.AreaView;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskListService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectViewTest extends KaribuTest {

    @Autowired
    TaskService tasks;
    @Autowired
    TaskListService taskLists;
    @Autowired
    ProjectService projects;

    ProjectView home;

    @BeforeEach
    void signedIn() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        home = projects.createProject(ProjectDraft.named("Home"));
    }

    @Test
    void the_project_shows_its_open_tasks_in_the_shared_list_with_subtask_progress() {
        var kitchen = tasks.create(TaskDraft.titled("Kitchen").inProject(home.id()));
        tasks.create(TaskDraft.titled("Paint walls").under(kitchen.id()));
        tasks.create(TaskDraft.titled("Garden").inProject(home.id()));

        openProject(home);

        assertThat(_get(H1.class).getText()).isEqualTo("Home");
        assertThat(TaskViewTestSupport.rows()).extracting(r -> r.task().title()).containsExactly("Kitchen", "Garden");
        assertThat(TaskViewTestSupport.rows().getFirst().task().childrenTotal()).isEqualTo(1);
    }

    @Test
    void a_task_added_here_joins_the_project_and_the_open_count() {
        openProject(home);

        setValue(_get(TextField.class, spec -> spec.withLabel("New task in this project")), "Fix the fence");
        _get(Button.class, spec -> spec.withText("Add task").withoutClasses("hm-add-task")).click();

        assertThat(taskLists.project(home.id(), org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                .extracting(t -> t.title()).containsExactly("Fix the fence");
        assertThat(TaskViewTestSupport.rows()).extracting(r -> r.task().title()).containsExactly("Fix the fence");
        assertThat(_get(ProjectDetailsView.class).getElement().getTextRecursively()).contains("1 open task");
    }

    @Test
    void the_project_is_renamed_recoloured_and_archived() {
        openProject(home);
        _get(com.vaadin.flow.component.details.Details.class).setOpened(true);
        var settings = _get(ProjectSettings.class);

        setValue(settings.name, "House");
        setValue(settings.colour, "#059669");
        settings.archive.click();

        var now = projects.project(home.id());
        assertThat(now.name()).isEqualTo("House");
        assertThat(now.colour()).isEqualTo("#059669");
        assertThat(now.archived()).isTrue();
        assertThat(_get(H1.class).getText()).isEqualTo("House");
        assertThat(settings.archive.getText()).isEqualTo("Restore project");
        assertThat(settings.colour.getItemLabelGenerator().apply("#059669")).isEqualTo("Green");
    }

    @Test
    void an_empty_name_is_refused_next_to_the_field() {
        openProject(home);
        var settings = _get(ProjectSettings.class);

        setValue(settings.name, " ");

        assertThat(settings.name.isInvalid()).isTrue();
        assertThat(settings.name.getErrorMessage()).isEqualTo("Give the project a name.");
        assertThat(projects.project(home.id()).name()).isEqualTo("Home");
    }

    @Test
    void another_persons_project_is_not_found() {
        fixtures.user("eve@example.com");
        signIn("eve@example.com");

        openProject(home);

        var shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(shown.getElement().getTextRecursively()).contains("Page not found");
        assertThat(_find(TaskList.class)).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).doesNotContain("Home");
    }

    @Test
    void areas_list_their_projects_and_link_to_them() {
        var work = projects.createArea("Work");
        projects.createProject(new ProjectDraft("Launch", null, work.id()));

        UI.getCurrent().navigate(AreasView.class);

        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("Work", "Not in an area");
        var link = _find(_get(AreasView.class), RouterLink.class).getFirst();
        assertThat(link.getElement().getTextRecursively()).isEqualTo("Launch · 0 open tasks");
        assertThat(link.getHref()).startsWith("projects/");
    }

    @Test
    void an_area_and_a_project_in_it_are_created_from_the_overview() {
        UI.getCurrent().navigate(AreasView.class);

        setValue(_get(TextField.class, spec -> spec.withLabel("New area")), "Health");
        _get(Button.class, spec -> spec.withText("Create area")).click();
        assertThat(projects.areas()).extracting(AreaView::name).containsExactly("Health");

        _get(Button.class, spec -> spec.withText("New project in Health")).click();
        var dialog = _get(NewProjectDialog.class);
        setValue(dialog.name(), "Running");
        _get(dialog, Button.class, spec -> spec.withText("Create project")).click();

        var running = projects.projects(false).stream().filter(p -> p.name().equals("Running")).findFirst().orElseThrow();
        assertThat(running.areaId()).isEqualTo(projects.areas().getFirst().id());
        assertThat(_get(H1.class).getText()).isEqualTo("Running");
    }

    @Test
    void areas_are_reachable_from_the_navigation() {
        UI.getCurrent().navigate("");

        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class)).extracting(i -> i.getLabel()).contains("Areas");
    }

    private static void openProject(ProjectView project) {
        UI.getCurrent().navigate(ProjectDetailsView.class, new RouteParameters("projectId", project.id().toString()));
    }
}
