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
import org.junit.jupiter.api.AfterEach;
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
    @Autowired
    app.helmsman.TestClock clock;

    ProjectView home;

    @BeforeEach
    void signedIn() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        home = projects.createProject(ProjectDraft.named("Home"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
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
    void completing_a_task_here_updates_the_open_count_at_once() {
        var kitchen = tasks.create(TaskDraft.titled("Kitchen").inProject(home.id()));
        tasks.create(TaskDraft.titled("Garden").inProject(home.id()));
        openProject(home);
        var view = _get(ProjectDetailsView.class);
        assertThat(view.state.getText()).isEqualTo("2 open tasks");

        TaskViewTestSupport.check(TaskViewTestSupport.row("Kitchen"), true);

        assertThat(tasks.get(kitchen.id()).status()).isEqualTo(app.helmsman.tasks.Status.DONE);
        assertThat(view.state.getText()).isEqualTo("1 open task");
        assertThat(TaskViewTestSupport.rows()).extracting(r -> r.task().title()).containsExactly("Garden");
    }

    @Test
    void the_project_settings_start_folded_after_the_task_list() {
        tasks.create(TaskDraft.titled("Kitchen").inProject(home.id()));
        openProject(home);
        var view = _get(ProjectDetailsView.class);

        var fold = _get(view, com.vaadin.flow.component.details.Details.class, spec -> spec.withClasses("hm-project-settings"));
        var order = view.getChildren().toList();
        org.assertj.core.api.SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(fold.getSummaryText()).isEqualTo("Project settings");
            softly.assertThat(fold.isOpened()).as("folded until asked for").isFalse();
            softly.assertThat(order.indexOf(fold)).as("the fold comes after the list in the page (and in reading order)")
                    .isGreaterThan(order.indexOf(childHolding(view, _get(view, TaskList.class))));
        });
    }

    @Test
    void a_rows_dates_follow_the_persons_locale_and_a_long_title_is_shown_whole() {
        clock.set(java.time.Instant.parse("2026-12-03T10:00:00Z"));
        var title = "Sort out the attic: " + "boxes of old letters, the broken lamp, winter coats and the camping gear ".repeat(5).strip();
        tasks.create(TaskDraft.titled(title).inProject(home.id()).withDoDate(java.time.LocalDate.of(2026, 12, 21))
                .withDeadlines(null, java.time.LocalDate.of(2026, 12, 31)));
        UI.getCurrent().getSession().setLocale(java.util.Locale.US);
        UI.getCurrent().setLocale(java.util.Locale.US);

        openProject(home);

        var row = TaskViewTestSupport.row(title);
        var shownTitle = row.getElement().getChildren().filter(e -> e.getClassList().contains("hm-task-title")).findFirst().orElseThrow();
        org.assertj.core.api.SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(row.chipTexts()).as("en-US days, never ISO").contains("Mon, Dec 21", "Deadline on Thu, Dec 31")
                    .noneMatch(chip -> chip.matches(".*\\d{4}-\\d{2}-\\d{2}.*"));
            softly.assertThat(shownTitle.getProperty("innerHTML")).as("the whole title is in the row").isEqualTo(title);
            softly.assertThat(cssRules("hm-task-title")).as("no rule cuts a title off: it wraps").isNotEmpty()
                    .allSatisfy(rule -> assertThat(rule.replaceAll("\\s+", " "))
                            .doesNotContain("text-overflow").doesNotContain("nowrap").doesNotContain("line-clamp").doesNotContain("overflow: hidden"));
        });
    }

    /** The view's direct child that holds the component (the list sits in a slot). */
    private static com.vaadin.flow.component.Component childHolding(ProjectDetailsView view, com.vaadin.flow.component.Component inner) {
        var at = inner;
        while (at.getParent().orElseThrow() != view) {
            at = at.getParent().orElseThrow();
        }
        return at;
    }

    /** The bodies of the app's style rules whose selector names this class. */
    private static java.util.List<String> cssRules(String className) {
        var rules = new java.util.ArrayList<String>();
        for (var sheet : java.util.List.of("META-INF/resources/styles.css", "META-INF/resources/styles/views.css")) {
            try (var in = ProjectViewTest.class.getClassLoader().getResourceAsStream(sheet)) {
                assertThat(in).as(sheet).isNotNull();
                var css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
                var rule = java.util.regex.Pattern.compile("([^{}]+)\\{([^{}]*)\\}").matcher(css);
                while (rule.find()) {
                    if (rule.group(1).contains("." + className)) {
                        rules.add(rule.group(2));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return rules;
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
