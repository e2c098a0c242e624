package app.helmsman.admin.ui;

import app.helmsman.admin.MetricsService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The live metrics panel: every replica's live figures with their total, this instance's figures, refreshed through Push every 5 seconds only while the panel
 * is open (the refresh is cancelled when it closes). It never announces a refresh: the figures are not news.
 */
@Route("admin/metrics")
@PageTitle("Live metrics · Admin · Helmsman")
@RolesAllowed("ADMIN")
public class MetricsView extends Div {

    static final long REFRESH_SECONDS = 5;
    private static final ScheduledExecutorService TICKS = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("admin-metrics").factory());

    final ReplicasTable replicaTable = new ReplicasTable();
    final Grid<MetricsService.Figure> figures = new Grid<>();
    private final MetricsService service;
    private MetricsService.Reading reading;
    ScheduledFuture<?> refresh;

    MetricsView(MetricsService service) {
        this.service = service;
        addClassName("hm-admin");
        add(new H1("Live metrics"), new AdminNav(MetricsView.class),
                new Paragraph("Refreshed every " + REFRESH_SECONDS + " seconds while this page is open. The replicas table lists every"
                        + " replica that reported in the last half minute (a person with windows on two replicas counts on both); below, this"
                        + " instance's own figures (counters since it started) and AI use today, a day in UTC, across every replica."),
                replicaTable);
        figures.addColumn(MetricsService.Figure::name).setHeader("Figure").setAutoWidth(true);
        figures.addColumn(MetricsService.Figure::value).setHeader("Value").setKey("value").setAutoWidth(true);
        figures.setAriaLabel("Live metrics of this instance");
        figures.setAllRowsVisible(true);
        add(figures);
        update();
    }

    void update() {
        reading = service.read(reading);
        figures.setItems(reading.figures());
        replicaTable.show(reading.replicas());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        refresh = TICKS.scheduleWithFixedDelay(() -> ui.access(this::update), REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (refresh != null) {
            refresh.cancel(false);
        }
    }
}
