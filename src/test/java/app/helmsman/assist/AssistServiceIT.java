package app.helmsman.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskNotFoundException;
import app.helmsman.tasks.TaskService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** The assist API without a provider (the default): offline results for the signed-in person's own data. */
@IntegrationTest
class AssistServiceIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    AssistService assist;
    @Autowired
    TaskService tasks;
    @Autowired
    ProjectService projects;

    @BeforeEach
    void signedIn() {
        fixtures.resetDatabase();
        var ada = fixtures.user("ada@example.com");
        fixtures.user("bob@example.com");
        fixtures.timeZone(ada, "Pacific/Auckland");
        fixtures.signIn("ada@example.com");
        clock.set(Instant.parse("2026-11-28T20:00:00Z")); // already Sunday 29 November in Auckland
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void a_dump_becomes_offline_proposals_with_the_persons_projects_and_days() throws Exception {
        projects.createProject(new ProjectDraft("Garden", null, null));

        var result = assist.extract("- mow the lawn in the garden tomorrow\n- call mom").get(10, TimeUnit.SECONDS);

        assertThat(result.origin()).isEqualTo(Origin.OFFLINE);
        assertThat(result.fallbackReason()).isEmpty();
        assertThat(result.proposals()).extracting(Proposal::title).containsExactly("Mow the lawn in the garden", "Call mom");
        assertThat(result.proposals().getFirst().project()).isEqualTo("Garden");
        assertThat(result.proposals().getFirst().doDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void a_compound_task_is_broken_down_offline() throws Exception {
        var task = tasks.create(TaskDraft.titled("Write and send the report"));

        var result = assist.breakDown(task.id(), 3).get(10, TimeUnit.SECONDS);

        assertThat(result.origin()).isEqualTo(Origin.OFFLINE);
        assertThat(result.steps()).containsExactly("Write the report", "Send the report");
    }

    @Test
    void a_task_is_classified_offline_without_changing_it() throws Exception {
        var task = tasks.create(TaskDraft.titled("Fix the flaky deploy pipeline"));

        var result = assist.classify(task.id()).get(10, TimeUnit.SECONDS);

        assertThat(result.focus()).isEqualTo(FocusType.TECHNICAL);
        assertThat(result.energy()).isEqualTo(Energy.HIGH);
        assertThat(tasks.get(task.id()).focus()).isNull();
    }

    @Test
    void another_persons_task_cannot_be_broken_down_or_classified() {
        fixtures.signIn("bob@example.com");
        var bobs = tasks.create(TaskDraft.titled("Write and send Bob's report"));
        fixtures.signIn("ada@example.com");

        assertThatThrownBy(() -> assist.breakDown(bobs.id(), 3).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> assist.classify(bobs.id()).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TaskNotFoundException.class);
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        fixtures.signOut();

        assertThatThrownBy(() -> assist.extract("call mom")).isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }
}
