package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log is append-only for the application, and only the retention purge deletes (ADR 0020). */
@IntegrationTest
class AuditLogIT {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditRetentionJob retention;
    @Autowired
    AuditSettings settings;

    private String marker;

    @BeforeEach
    void mark() {
        fixtures.resetDatabase();
        marker = "audit-" + UUID.randomUUID() + "@example.com";
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from audit_log where actor_email = ?", Integer.class, marker);
    }

    @Test
    void the_application_cannot_update_delete_or_truncate_audit_rows() {
        audit.record(null, marker, "sign-in.failed", marker, "password", "127.0.0.1");

        assertThatThrownBy(() -> jdbc.update("update audit_log set detail = 'nothing happened' where actor_email = ?", marker))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where actor_email = ?", marker))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_log"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select detail from audit_log where actor_email = ?", String.class, marker)).isEqualTo("password");
    }

    @Test
    void the_purge_flag_does_not_outlive_the_purge() {
        audit.purgeOlderThan(clock.instant().minus(Duration.ofDays(100_000)));
        audit.record(null, marker, "sign-in.failed", marker, null, null);

        assertThatThrownBy(() -> jdbc.update("delete from audit_log where actor_email = ?", marker)).isInstanceOf(DataAccessException.class);
        assertThat(rows()).isOne();
    }

    @Test
    void the_retention_job_purges_only_rows_older_than_the_retention() {
        var now = clock.instant();
        jdbc.update("insert into audit_log (at, actor_email, action) values (?, ?, 'old')",
                Timestamp.from(now.minus(Duration.ofDays(settings.retentionDays() + 1))), marker);
        jdbc.update("insert into audit_log (at, actor_email, action) values (?, ?, 'recent')",
                Timestamp.from(now.minus(Duration.ofDays(settings.retentionDays() - 1))), marker);

        var summary = retention.round();

        assertThat(summary.failures()).isZero();
        assertThat(summary.changed()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("select action from audit_log where actor_email = ?", String.class, marker)).containsExactly("recent");
    }

    @Test
    void a_row_fills_in_the_actors_email_and_keeps_texts_within_their_columns() {
        var ada = fixtures.user("ada@example.com");

        audit.record(ada, null, "tasks.imported", "x".repeat(1000), "a\0b", null);

        var row = audit.search(new AuditQuery(null, "tasks.imported", "ada@example.com", null, null), 0, 1).getFirst();
        assertThat(row.actorEmail()).isEqualTo("ada@example.com");
        assertThat(row.target()).hasSize(320);
        assertThat(row.detail()).isEqualTo("ab");
    }
}
