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
}
