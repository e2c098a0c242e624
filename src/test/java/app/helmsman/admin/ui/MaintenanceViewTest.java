package app.helmsman.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.Windows;
import app.helmsman.admin.MaintenanceService;
import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MaintenanceViewTest extends KaribuTest {

    @Autowired
    MaintenanceService maintenance;
    @Autowired
    JdbcTemplate jdbc;

    /** The banner in the shell's header, shown or not (Karibu's locators see only visible components). */
    private static Div banner() {
        return find(UI.getCurrent()).orElseThrow(() -> new AssertionError("no banner in the shell"));
    }

    private static java.util.Optional<Div> find(com.vaadin.flow.component.Component root) {
        if (root instanceof Div div && div.hasClassName("hm-maintenance-banner")) {
            return java.util.Optional.of(div);
        }
        return root.getChildren().map(MaintenanceViewTest::find).flatMap(java.util.Optional::stream).findFirst();
    }

    @Test
    void a_posted_banner_appears_at_once_in_open_windows_is_announced_once_and_is_audited() {
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/maintenance");
        var view = _get(MaintenanceView.class);
        assertThat(banner().isVisible()).isFalse();

        setValue(view.message, "Upgrade at 22:00 UTC, about 5 minutes");
        _click(view.post);

        Windows.runPendingUntil("the banner in this window", () -> banner().isVisible());
        assertThat(banner().getText()).isEqualTo("Maintenance: Upgrade at 22:00 UTC, about 5 minutes");
        assertThat(view.current.getText()).contains("Upgrade at 22:00 UTC");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'banner.posted' and detail like 'Upgrade at 22:00%'", Integer.class))
                .isPositive();

        _click(view.remove);
        Windows.runPendingUntil("the banner to go", () -> !banner().isVisible());
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("The banner was removed.");
    }

    @Test
    void an_empty_message_is_explained_and_an_end_in_the_past_is_refused_keeping_what_was_typed() {
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/maintenance");
        var view = _get(MaintenanceView.class);

        _click(view.post);
        assertThat(view.message.isInvalid()).isTrue();
        assertThat(view.message.getErrorMessage()).isEqualTo("Write the message people should see.");

        setValue(view.message, "Soon");
        setValue(view.endsAt, java.time.LocalDateTime.of(2000, 1, 1, 0, 0));
        _click(view.post);
        assertThat(view.message.getErrorMessage()).isEqualTo("The end time must be in the future.");
        assertThat(view.message.getValue()).isEqualTo("Soon");
        assertThat(maintenance.current()).isEmpty();
    }
}
