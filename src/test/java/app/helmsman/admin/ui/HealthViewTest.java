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

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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

    @Test
    void the_calendar_providers_check_says_what_is_configured_who_must_reconnect_and_the_last_failure() {
        var owner = fixtures.user("ann@example.com");
        jdbc.update("""
                insert into calendar_sources (id, user_id, kind, external_id, name, counts_as_busy, writable, state, created_at, last_error)
                values (?, ?, 'ICS_URL', 'https://example.com/a.ics', 'Mine', true, false, 'FAILING', now(), 'The address answered 500.')""",
                java.util.UUID.randomUUID(), owner);
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/health");
        var view = _get(HealthView.class);

        var checks = IntStream.range(0, GridKt._size(view.checks)).mapToObj(i -> GridKt._get(view.checks, i)).toList();
        var calendar = checks.stream().filter(c -> c.name().equals("calendarProviders")).findFirst().orElseThrow();
        assertThat(calendar.status()).isEqualTo("UP");
        assertThat(calendar.readiness()).isFalse();
        assertThat(calendar.detail()).contains("google: not configured", "outlook: not configured", "connectionsNeedingReconnecting: 0",
                "lastSyncFailure: The address answered 500.");
    }
}
