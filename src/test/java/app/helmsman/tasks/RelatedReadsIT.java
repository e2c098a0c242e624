package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Titles shown beside another task (a dependency either way, a task named in a refused circle) pass the same
 * access rule as opening that task (finding 4 of issue 11). Ada created "Launch" and shares it with Ed (editor)
 * and Vic (viewer); each of them also has private tasks.
 */
@IntegrationTest
class RelatedReadsIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskDependencyService dependencies;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectMembersService members;

    UUID ed;
    UUID launch;
    UUID plan;
    UUID salary;

    @BeforeEach
    void adaSharesLaunch() {
        fixtures.resetDatabase();
        fixtures.user("ada@example.com");
        ed = fixtures.user("ed@example.com");
        fixtures.user("vic@example.com");
        fixtures.signIn("ada@example.com");
        launch = projects.createProject(ProjectDraft.named("Launch")).id();
        plan = tasks.create(TaskDraft.titled("Write the plan").inProject(launch)).id();
        salary = tasks.create(TaskDraft.titled("Ask for a raise before Ed leaves")).id();
        fixtures.share(launch, "ed@example.com", ProjectRole.EDITOR);
        fixtures.share(launch, "vic@example.com", ProjectRole.VIEWER);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_viewer_does_not_see_the_title_or_status_of_the_owners_private_task_that_a_shared_task_waits_for() {
        dependencies.addDependency(plan, salary);

        fixtures.signIn("vic@example.com");
        var seen = tasks.get(plan);

        assertThat(seen.blockedBy()).singleElement().satisfies(blocker -> {
            assertThat(blocker.title()).isEqualTo(TaskRef.HIDDEN_TITLE).doesNotContain("raise");
            assertThat(blocker.status()).isNull();
            assertThat(blocker.hidden()).isTrue();
        });
        fixtures.signIn("ada@example.com");
        assertThat(tasks.get(plan).blockedBy()).extracting(TaskRef::title).containsExactly("Ask for a raise before Ed leaves");
    }

    @Test
    void a_removed_member_does_not_see_renamed_titles_of_the_projects_tasks_through_her_own_tasks_dependency() {
        fixtures.signIn("ed@example.com");
        var errand = tasks.create(TaskDraft.titled("Ed's errand")).id();
        dependencies.addDependency(errand, plan);
        assertThat(tasks.get(errand).blockedBy()).extracting(TaskRef::title).containsExactly("Write the plan");
        fixtures.signIn("ada@example.com");
        members.remove(launch, ed);
        var current = tasks.get(plan);
        tasks.update(plan, current.version(), current.toChange().withTitle("Replace Ed"));

        fixtures.signIn("ed@example.com");
        var seen = tasks.get(errand);

        assertThat(seen.blockedBy()).singleElement().satisfies(blocker -> {
            assertThat(blocker.title()).isEqualTo(TaskRef.HIDDEN_TITLE);
            assertThat(blocker.status()).isNull();
        });
    }

    @Test
    void the_owner_does_not_see_the_title_of_an_editors_private_task_a_shared_task_was_made_to_wait_for() {
        fixtures.signIn("ed@example.com");
        var diary = tasks.create(TaskDraft.titled("Ed's job interview")).id();
        dependencies.addDependency(plan, diary);
        assertThat(tasks.get(diary).blocking()).extracting(TaskRef::title).containsExactly("Write the plan");

        fixtures.signIn("ada@example.com");

        assertThat(tasks.get(plan).blockedBy()).extracting(TaskRef::title).containsExactly(TaskRef.HIDDEN_TITLE);
    }

    @Test
    void a_refused_circle_does_not_name_a_task_the_person_cannot_see() {
        var followUp = tasks.create(TaskDraft.titled("Follow up").inProject(launch)).id();
        dependencies.addDependency(salary, plan);
        dependencies.addDependency(followUp, salary);
        fixtures.signIn("ed@example.com");
        var errand = tasks.create(TaskDraft.titled("Ed's errand")).id();
        dependencies.addDependency(plan, errand);

        var refused = catchThrowableOfType(DependencyCycleException.class, () -> dependencies.addDependency(errand, followUp));

        assertThat(refused.cycle()).contains("Write the plan", "Ed's errand", "Follow up", TaskRef.HIDDEN_TITLE)
                .doesNotContain("Ask for a raise before Ed leaves");
        assertThat(refused.getMessage()).doesNotContain("raise");
    }

    @Test
    void removing_a_link_to_a_task_one_can_no_longer_see_works() {
        fixtures.signIn("ed@example.com");
        var errand = tasks.create(TaskDraft.titled("Ed's errand")).id();
        dependencies.addDependency(errand, plan);
        fixtures.signIn("ada@example.com");
        members.remove(launch, ed);

        fixtures.signIn("ed@example.com");
        var after = dependencies.removeDependency(errand, plan);

        assertThat(after.blockedBy()).isEmpty();
    }
}
