package app.helmsman.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.tasks.ImportFormat;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskTransferService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The JSON backup keeps a task's "remind me" time, and an import schedules its reminder. */
@IntegrationTest
class RemindAtBackupIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskTransferService transfer;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_backup_round_trips_the_remind_me_time_and_the_import_schedules_it() {
        fixtures.resetDatabase();
        clock.set(Instant.parse("2026-06-10T12:00:00Z"));
        fixtures.user("ada@example.com");
        fixtures.user("bea@example.com");
        fixtures.signIn("ada@example.com");
        var at = Instant.parse("2026-06-11T07:30:00Z");
        tasks.create(TaskDraft.titled("Call mom").withRemindAt(at));

        var backup = transfer.exportJson().content();
        assertThat(new String(backup, StandardCharsets.UTF_8)).contains("\"remindAt\"").contains("2026-06-11T07:30:00Z");

        fixtures.signIn("bea@example.com");
        transfer.importFile("helmsman.json", backup, ImportFormat.HELMSMAN_JSON);

        var bea = jdbc.queryForObject("select id from users where email = 'bea@example.com'", java.util.UUID.class);
        assertThat(jdbc.queryForObject("select remind_at from tasks where owner_id = ?", java.sql.Timestamp.class, bea).toInstant()).isEqualTo(at);
        assertThat(jdbc.queryForList("select kind from reminders where owner_id = ? and state = 'PENDING'", String.class, bea))
                .containsExactly("REMIND_ME");
    }
}
