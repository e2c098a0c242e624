package app.helmsman.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Deleting one's own account removes everything of it, and nothing of anyone else. */
@IntegrationTest
@RecordApplicationEvents
class AccountDeletionIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    TaskService tasks;
    @Autowired
    ProjectService projects;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    UUID ada;
    UUID bob;

    @BeforeEach
    void twoPeopleWithTasks() {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        ada = fixtures.user("ada@example.com");
        bob = fixtures.user("bob@example.com");
        for (var email : new String[] {"ada@example.com", "bob@example.com"}) {
            fixtures.signIn(email);
            var project = projects.createProject(ProjectDraft.named("Home"));
            projects.createArea("Life");
            var task = tasks.create(TaskDraft.titled("Water plants").inProject(project.id()).withTags("green"));
            tasks.create(TaskDraft.titled("Buy pots").under(task.id()));
        }
        fixtures.signIn("ada@example.com");
        events.clear();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private int rowsOf(String table, UUID owner) {
        return jdbc.queryForObject("select count(*) from " + table + " where owner_id = ?", Integer.class, owner);
    }

    @Test
    void deleting_an_account_removes_its_tasks_projects_areas_and_tags_but_nobody_elses() {
        accounts.deleteAccount(Fixtures.PASSWORD);

        assertThat(jdbc.queryForObject("select count(*) from users where id = ?", Integer.class, ada)).isZero();
        for (var table : new String[] {"tasks", "projects", "areas", "tags"}) {
            assertThat(rowsOf(table, ada)).as(table).isZero();
        }
        assertThat(rowsOf("tasks", bob)).isEqualTo(2);
        assertThat(rowsOf("projects", bob)).isEqualTo(1);
        assertThat(events.stream(AccountDeleted.class)).containsExactly(new AccountDeleted(ada));
    }

    @Test
    void a_wrong_password_deletes_nothing() {
        assertThatThrownBy(() -> accounts.deleteAccount("not my password")).isInstanceOfSatisfying(AccountValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("confirmation", "This is not your current password."));

        assertThat(rowsOf("tasks", ada)).isEqualTo(2);
        assertThat(events.stream(AccountDeleted.class)).isEmpty();
    }

    @Test
    void the_only_admin_cannot_delete_their_account() {
        fixtures.signIn("root@example.com");

        assertThatThrownBy(() -> accounts.deleteAccount(Fixtures.PASSWORD)).isInstanceOfSatisfying(AccountValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("confirmation", "You are the only admin. Make another account an admin first."));
        assertThat(jdbc.queryForObject("select count(*) from users where email = 'root@example.com'", Integer.class)).isEqualTo(1);
    }
}
