package app.helmsman.admin.ui;

import app.helmsman.admin.CalendarAdminService;
import app.helmsman.admin.JobService;
import app.helmsman.platform.JobStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The jobs panel: every registered job, its last round on this instance, its next start, and "Run now"; below, every calendar. */
@Route("admin/jobs")
@PageTitle("Jobs · Admin · Helmsman")
@RolesAllowed("ADMIN")
public class JobsView extends Div {

    final Grid<JobStatus> jobs = new Grid<>();
    final CalendarsPanel calendars;
    private final JobService service;

    JobsView(JobService service, CalendarAdminService calendarService) {
        this.service = service;
        this.calendars = new CalendarsPanel(calendarService);
        addClassName("hm-admin");
        add(new H1("Jobs"), new AdminNav(JobsView.class),
                new Paragraph("Last runs are this instance's since it started; every replica runs each job, and each unit of work is done by one of them."));
        jobs.addColumn(JobStatus::name).setHeader("Job").setAutoWidth(true);
        jobs.addColumn(JobStatus::description).setHeader("What it does");
        jobs.addColumn(s -> s.lastRun() == null ? "Not since start-up" : AdminMessages.time(s.lastRun().startedAt())).setHeader("Last run").setAutoWidth(true);
        jobs.addColumn(s -> s.lastRun() == null ? "" : s.lastRun().duration().toMillis() + " ms").setHeader("Duration");
        jobs.addColumn(s -> s.lastRun() == null ? "" : s.lastRun().units() + " found, " + s.lastRun().done() + " done, " + s.lastRun().skipped()
                + " skipped, " + s.lastRun().changed() + " changed").setHeader("Items").setAutoWidth(true);
        jobs.addColumn(s -> s.lastRun() == null ? "" : s.lastRun().failures() == 0 ? "None" : s.lastRun().failures() + " failed").setHeader("Failures");
        jobs.addColumn(s -> s.nextRun() == null ? "Off" : AdminMessages.time(s.nextRun())).setHeader("Next run").setKey("next").setAutoWidth(true);
        jobs.addComponentColumn(s -> {
            var run = new Button("Run now", e -> {
                var summary = service.runNow(s.name());
                refresh();
                AdminMessages.done(s.name() + " ran: " + summary.done() + " done, " + summary.failures() + " failed, " + summary.changed() + " changed.");
            });
            run.setAriaLabel("Run " + s.name() + " now");
            return run;
        }).setHeader("Run").setKey("run").setAutoWidth(true);
        jobs.setAriaLabel("Jobs");
        jobs.setAllRowsVisible(true);
        add(jobs);

        add(calendars);
        refresh();
    }

    private void refresh() {
        jobs.setItems(service.jobs());
        calendars.refresh();
    }
}
