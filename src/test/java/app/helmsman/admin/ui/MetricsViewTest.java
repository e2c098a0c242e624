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
}
