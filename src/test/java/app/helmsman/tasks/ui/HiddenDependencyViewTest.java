package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskDependencyService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskRef;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.internal.MemberStore;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Blocked by" names a task the person may no longer open without its title or status, and lets them remove the link. */
class HiddenDependencyViewTest extends KaribuTest {

    @Autowired
    TaskService tasks;
    @Autowired
    TaskDependencyService dependencies;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectMembersService members;
    @Autowired
    MemberStore memberStore;
    @Autowired
    Clock clock;

    @Test
    void a_removed_member_sees_a_task_she_cannot_see_instead_of_its_new_title_and_can_remove_the_link() {
        fixtures.user("ada@example.com");
        var ed = fixtures.user("ed@example.com");
        signIn("ada@example.com");
        var launch = projects.createProject(ProjectDraft.named("Launch")).id();
        var plan = tasks.create(TaskDraft.titled("Write the plan").inProject(launch)).id();
        memberStore.put(launch, ed, "EDITOR", clock.instant());
        signIn("ed@example.com");
        var errand = tasks.create(TaskDraft.titled("Ed's errand")).id();
        dependencies.addDependency(errand, plan);
        signIn("ada@example.com");
        members.remove(launch, ed);
        var current = tasks.get(plan);
        tasks.update(plan, current.version(), current.toChange().withTitle("Replace Ed"));

        signIn("ed@example.com");
        UI.getCurrent().navigate("");
        var editor = (TaskDetailsEditor) context.getBean(TaskEditor.class);
        editor.open(errand, () -> { });
        var dialog = editor.current();

        var shown = dialog.dependencies.blockedBy.getElement().getTextRecursively();
        assertThat(shown).contains(TaskRef.HIDDEN_TITLE).doesNotContain("Replace Ed").doesNotContain("Write the plan")
                .doesNotContain("done");
        _click(_get(dialog.dependencies.blockedBy, Button.class, spec -> spec.withText("Remove")));
        assertThat(tasks.get(errand).blockedBy()).isEmpty();
    }
}
