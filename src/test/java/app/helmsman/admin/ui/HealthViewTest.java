package app.helmsman.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.admin.HealthCheck;
import app.helmsman.shared.ui.Announcer;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HealthViewTest extends KaribuTest {

    @Test
    void the_panel_runs_the_readiness_checks_and_the_others_and_says_each_status_in_words() {
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/health");
        var view = _get(HealthView.class);

        var checks = IntStream.range(0, GridKt._size(view.checks)).mapToObj(i -> GridKt._get(view.checks, i)).toList();
        assertThat(checks).extracting(HealthCheck::name).contains("db", "diskSpace", "redis", "aiProvider");
        var db = checks.stream().filter(c -> c.name().equals("db")).findFirst().orElseThrow();
        assertThat(db.status()).isEqualTo("UP");
        assertThat(db.readiness()).isTrue();
        assertThat(db.latencyMillis()).isNotNegative();
        var redis = checks.stream().filter(c -> c.name().equals("redis")).findFirst().orElseThrow();
        assertThat(redis.readiness()).isFalse();
        assertThat(GridKt._getFormatted(view.checks, checks.indexOf(redis), "status")).isEqualTo("Not configured");
        assertThat(redis.detail()).contains("REDIS_URL");

        _click(view.recheck);
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("Checked again: nothing is down.");
    }
}
