package app.helmsman.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.admin.MetricsService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MetricsViewTest extends KaribuTest {

    @Test
    void the_panel_shows_this_instances_figures_and_stops_refreshing_when_it_closes() {
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/metrics");
        var view = _get(MetricsView.class);

        var names = IntStream.range(0, GridKt._size(view.figures)).mapToObj(i -> GridKt._get(view.figures, i)).map(MetricsService.Figure::name).toList();
        assertThat(names).contains("Open windows (UIs)", "Push connections", "Requests per second", "Request time, 95th percentile (since start)",
                "Heap used", "Database connections", "AI tokens since start");
        var heap = GridKt._get(view.figures, names.indexOf("Heap used")).value();
        assertThat(heap).matches("\\d+ MiB of \\d+ MiB");
        view.update();
        assertThat(GridKt._get(view.figures, names.indexOf("Requests per second")).value()).matches("\\d+\\.\\d");
        var refresh = view.refresh;
        assertThat(refresh.isCancelled()).isFalse();

        UI.getCurrent().navigate("admin");

        assertThat(refresh.isCancelled()).isTrue();
    }

    @org.springframework.beans.factory.annotation.Autowired
    app.helmsman.assist.AssistTasks assistTasks;
    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry registry;

    @Test
    void the_panel_shows_the_ai_acceptance_rate_calendar_syncs_and_reminders_sent() {
        fixtures.user("ann@example.com");
        signIn("ann@example.com");
        double accepted = count("accepted") + 1;
        double edited = count("edited") + 1;
        double rejected = count("rejected") + 2;
        assistTasks.saveFromBrainDump(java.util.List.of(app.helmsman.assist.AcceptedTask.titled("Call the bank"),
                app.helmsman.assist.AcceptedTask.titled("Book the dentist")), new app.helmsman.assist.ReviewTally(1, 1, 2));
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/metrics");
        var view = _get(MetricsView.class);

        var figures = IntStream.range(0, GridKt._size(view.figures)).mapToObj(i -> GridKt._get(view.figures, i))
                .collect(java.util.stream.Collectors.toMap(MetricsService.Figure::name, MetricsService.Figure::value));
        assertThat(figures.get("AI acceptance rate (brain-dump proposals since start)")).isEqualTo(String.format(java.util.Locale.ROOT,
                "%.0f%% kept (%,d accepted, %,d edited, %,d rejected)", 100 * (accepted + edited) / (accepted + edited + rejected),
                (long) accepted, (long) edited, (long) rejected));
        assertThat(figures.get("Calendar syncs since start")).matches("[\\d,]+ ok, [\\d,]+ failed");
        assertThat(figures.get("Reminders sent since start")).matches("[\\d,]+");
    }

    private double count(String decision) {
        var counter = registry.find("helmsman.assist.proposals").tag("decision", decision).counter();
        return counter == null ? 0 : counter.count();
    }

    @org.springframework.beans.factory.annotation.Autowired
    app.helmsman.platform.AiUsageDaily aiUsage;

    @Test
    void the_replicas_table_lists_this_instance_with_a_total_row_and_says_why_it_is_alone_without_redis() {
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/metrics");
        var table = _get(MetricsView.class).replicaTable;

        assertThat(table.table.getCaptionText()).isEqualTo("Replicas");
        assertThat(table.table.getHead().getRows().getFirst().getHeaderCells()).extracting(c -> c.getText())
                .containsExactly("Instance", "People", "Windows", "Push connections", "Heap used", "Last report");
        var rows = table.table.getBody().getRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().getHeaderCells().getFirst().getText()).endsWith("(this instance)");
        assertThat(rows.getFirst().getDataCells().get(3).getText()).matches("[\\d,]+ MiB");
        var total = table.table.getFoot().getRows().getFirst();
        assertThat(total.getHeaderCells().getFirst().getText()).isEqualTo("Total (1 replica)");
        assertThat(total.getDataCells().get(1).getText()).isEqualTo(rows.getFirst().getDataCells().get(1).getText());
        assertThat(table.problem.isVisible()).isTrue();
        assertThat(table.problem.getText()).contains("Redis is not configured");
    }

    @Test
    void ai_use_today_counts_every_provider_call_of_the_utc_day() {
        aiUsage.add(1200, 0.0012);
        aiUsage.add(800, 0.0008);
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/metrics");
        var view = _get(MetricsView.class);

        var figures = IntStream.range(0, GridKt._size(view.figures)).mapToObj(i -> GridKt._get(view.figures, i))
                .collect(java.util.stream.Collectors.toMap(MetricsService.Figure::name, MetricsService.Figure::value));
        assertThat(figures.get("AI provider calls today (UTC, every replica)")).isEqualTo("2");
        assertThat(figures.get("AI tokens today (UTC, every replica)")).isEqualTo("2,000");
        assertThat(figures.get("AI estimated cost today (UTC, every replica)")).isEqualTo("0.0020 USD");
    }
}
