package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.ProjectRole;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sharing parts where people meet them: the project view and the task details. */
class SharedProjectWiringViewTest extends KaribuTest {

    @Autowired
    TaskService tasks;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectMembersService members;

    UUID launch;
    UUID plan;
    UUID ed;

    @BeforeEach
    void adaSharesLaunch() {
        fixtures.user("ada@example.com");
        ed = fixtures.user("ed@example.com");
        fixtures.user("vic@example.com");
        signIn("ada@example.com");
        launch = projects.createProject(ProjectDraft.named("Launch")).id();
        plan = tasks.create(TaskDraft.titled("Write the plan").inProject(launch)).id();
        fixtures.share(launch, "ed@example.com", ProjectRole.EDITOR);
        fixtures.share(launch, "vic@example.com", ProjectRole.VIEWER);
    }

    @Test
    void the_owner_sees_who_else_is_viewing_a_share_button_and_the_project_settings() {
        openLaunch();

        assertThat(_get(PresenceIndicator.class).text()).isEqualTo("Only you are viewing this project.");
        assertThat(_get(Button.class, spec -> spec.withText("Share")).isVisible()).isTrue();
        assertThat(_get(ProjectSettings.class).isVisible()).isTrue();
        assertThat(_find(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("New task in this project")))
                .singleElement().matches(field -> field.getParent().orElseThrow().isVisible());
    }

    @Test
    void a_viewer_sees_the_project_without_any_control_that_would_change_it() {
        fixtures.signOut();
        signIn("vic@example.com");
        openLaunch();

        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Launch");
        // Karibu finds only what is shown: for the owner both are found (test above)
        assertThat(_find(ProjectSettings.class)).isEmpty();
        assertThat(_find(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("New task in this project"))).isEmpty();
        assertThat(_get(PresenceIndicator.class).text()).isEqualTo("Only you are viewing this project.");
    }

    @Test
    void task_details_offer_the_project_members_as_assignees_and_save_the_choice() {
        var editor = (TaskDetailsEditor) context.getBean(TaskEditor.class);
        editor.open(plan, () -> { });

        var assignee = _get(AssigneeField.class);
        assertThat(assignee.getValue()).isNull();
        setValue(assignee, ed);

        assertThat(members.assignee(plan)).isEqualTo(ed);
    }

    @Test
    void task_details_show_the_actions_other_modules_contribute() {
        var editor = (TaskDetailsEditor) context.getBean(TaskEditor.class);
        editor.open(plan, () -> { });

        assertThat(_find(ContributedActions.class).getFirst().getChildren().map(b -> ((Button) b).getText()))
                .contains("Break it down");
    }

    private void openLaunch() {
        UI.getCurrent().navigate(ProjectDetailsView.class, new RouteParameters("projectId", launch.toString()));
    }
}
