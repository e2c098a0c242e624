package app.helmsman.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.platform.JobStatus;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class JobsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_registered_job_is_listed_and_run_now_runs_it_and_is_audited() {
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/jobs");
        var view = _get(JobsView.class);

        var names = IntStream.range(0, GridKt._size(view.jobs)).mapToObj(i -> GridKt._get(view.jobs, i)).map(JobStatus::name).toList();
        assertThat(names).contains("recurrence", "purge", "audit-retention");
        int purge = names.indexOf("purge");
        // the test profile switches the task jobs' schedules off ("-"); the audit purge keeps its default schedule
        assertThat(GridKt._get(view.jobs, purge).nextRun()).isNull();
        assertThat(GridKt._getFormatted(view.jobs, purge, "next")).isEqualTo("Off");
        assertThat(GridKt._get(view.jobs, names.indexOf("audit-retention")).nextRun()).isNotNull();
        var before = jdbc.queryForObject("select count(*) from audit_log where action = 'job.run-now' and target = 'purge'", Integer.class);

        var run = (Button) GridKt._getCellComponent(view.jobs, purge, "run");
        assertThat(run.getElement().getAttribute("aria-label")).isEqualTo("Run purge now");
        _click(run);

        assertThat(GridKt._get(view.jobs, purge).lastRun()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'job.run-now' and target = 'purge'", Integer.class))
                .isEqualTo(before + 1);
    }

    @Test
    void calendar_sync_and_reminder_jobs_are_listed_and_can_be_run_now() {
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/jobs");
        var view = _get(JobsView.class);

        var names = IntStream.range(0, GridKt._size(view.jobs)).mapToObj(i -> GridKt._get(view.jobs, i)).map(JobStatus::name).toList();
        assertThat(names).contains("calendar-sync", "reminders", "reminder-digest");
        // the test profile switches delivery (interval 0), the digest and the calendar sync schedule off
        assertThat(GridKt._getFormatted(view.jobs, names.indexOf("reminders"), "next")).isEqualTo("Off");
        int sync = names.indexOf("calendar-sync");
        _click((Button) GridKt._getCellComponent(view.jobs, sync, "run"));
        assertThat(GridKt._get(view.jobs, names.indexOf("calendar-sync")).lastRun()).isNotNull();
        _click((Button) GridKt._getCellComponent(view.jobs, names.indexOf("reminders"), "run"));
        assertThat(GridKt._get(view.jobs, names.indexOf("reminders")).lastRun()).isNotNull();
    }

    @Test
    void admins_see_each_calendars_sync_status_without_its_name_and_can_retry_it() {
        var owner = fixtures.user("ann@example.com");
        var source = java.util.UUID.randomUUID();
        jdbc.update("""
                insert into calendar_sources (id, user_id, kind, external_id, name, counts_as_busy, writable, state, created_at, last_error, event_count)
                values (?, ?, 'ICS_URL', 'ftp://example.com/private.ics', 'Private therapy', true, false, 'FAILING', now(),
                        'The address answered 404 (not found).', 7)""",
                source, owner);
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/jobs");
        var view = _get(JobsView.class);

        var rows = IntStream.range(0, GridKt._size(view.calendars.calendars)).mapToObj(i -> GridKt._get(view.calendars.calendars, i)).toList();
        int row = IntStream.range(0, rows.size()).filter(i -> rows.get(i).status().id().equals(source)).findFirst().orElseThrow();
        assertThat(rows.get(row).ownerEmail()).isEqualTo("ann@example.com");
        assertThat(GridKt._getFormatted(view.calendars.calendars, row, "status")).isEqualTo("Sync is failing");
        assertThat(GridKt._getFormatted(view.calendars.calendars, row, "error")).isEqualTo("The address answered 404 (not found).");
        assertThat(GridKt._getFormatted(view.calendars.calendars, row, "events")).isEqualTo("7");
        assertThat(rows.get(row).toString()).doesNotContain("Private therapy");

        var before = jdbc.queryForObject("select count(*) from audit_log where action = 'calendar.retry' and target = ?", Integer.class, source.toString());
        var retry = (Button) GridKt._getCellComponent(view.calendars.calendars, row, "retry");
        assertThat(retry.getElement().getAttribute("aria-label")).isEqualTo("Retry now: Subscription of ann@example.com");
        _click(retry);

        assertThat(jdbc.queryForObject("select last_error from calendar_sources where id = ?", String.class, source))
                .isNotEqualTo("The address answered 404 (not found).");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'calendar.retry' and target = ?", Integer.class, source.toString()))
                .isEqualTo(before + 1);
    }

    @Test
    void the_calendars_are_listed_25_a_page_worst_first_with_previous_and_next_and_a_search_by_email() {
        var ann = fixtures.user("ann@example.com");
        var bob = fixtures.user("bob@example.com");
        var failing = java.util.UUID.randomUUID();
        for (int i = 0; i < 30; i++) {
            insertCalendar(java.util.UUID.randomUUID(), ann, "OK");
        }
        insertCalendar(failing, bob, "FAILING");
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/jobs");
        var panel = _get(JobsView.class).calendars;

        assertThat(GridKt._size(panel.calendars)).isEqualTo(25);
        assertThat(GridKt._get(panel.calendars, 0).status().id()).isEqualTo(failing); // problems first
        assertThat(panel.position.getText()).isEqualTo("Page 1 of 2 (31 calendars)");
        assertThat(panel.previous.isEnabled()).isFalse();
        assertThat(panel.next.getElement().getAttribute("aria-label")).isEqualTo("Next page of calendars");

        _click(panel.next);

        assertThat(GridKt._size(panel.calendars)).isEqualTo(6);
        assertThat(panel.position.getText()).isEqualTo("Page 2 of 2 (31 calendars)");
        assertThat(panel.next.isEnabled()).isFalse();
        assertThat(panel.previous.isEnabled()).isTrue();

        panel.search.setValue("BOB@");

        assertThat(panel.position.getText()).isEqualTo("Page 1 of 1 (1 calendar)");
        assertThat(GridKt._get(panel.calendars, 0).ownerEmail()).isEqualTo("bob@example.com");
        assertThat(panel.search.getMaxLength()).isEqualTo(app.helmsman.admin.CalendarAdminService.MAX_SEARCH);
    }

    private void insertCalendar(java.util.UUID id, java.util.UUID owner, String state) {
        jdbc.update("""
                insert into calendar_sources (id, user_id, kind, external_id, name, counts_as_busy, writable, state, created_at, event_count)
                values (?, ?, 'ICS_URL', ?, 'Cal', true, false, ?, now(), 0)""", id, owner, "https://example.com/" + id + ".ics", state);
    }
}
