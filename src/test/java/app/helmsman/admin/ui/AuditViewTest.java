package app.helmsman.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.admin.AuditService;
import app.helmsman.platform.AuditLog;
import app.helmsman.platform.AuditQuery;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditService auditService;
    @Autowired
    java.time.Clock clock;

    @Test
    void the_log_filters_by_action_who_text_and_day_and_pages_newest_first() {
        fixtures.admin("root@example.com");
        var marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(null, marker + "-ada@example.com", "sign-in.failed", marker + "-ada@example.com", "password", "10.0.0.1");
        audit.record(null, marker + "-bob@example.com", "sign-in.succeeded", marker + "-bob@example.com", "password", "10.0.0.2");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/audit");
        var view = _get(AuditView.class);

        setValue(view.actor, marker);
        assertThat(GridKt._size(view.entries)).isEqualTo(2);
        assertThat(GridKt._get(view.entries, 0).actorEmail()).startsWith(marker + "-bob"); // newest first
        assertThat(view.total.getText()).isEqualTo("2 entries match.");

        setValue(view.action, "sign-in.failed");
        assertThat(GridKt._size(view.entries)).isOne();
        assertThat(GridKt._get(view.entries, 0).remoteAddress()).isEqualTo("10.0.0.1");

        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        setValue(view.from, today.plusDays(1));
        assertThat(GridKt._size(view.entries)).isZero();
        setValue(view.from, today);
        setValue(view.to, today);
        assertThat(GridKt._size(view.entries)).isOne();
    }

    @Test
    void a_date_range_that_ends_before_it_starts_is_explained_and_keeps_the_filters() {
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/audit");
        var view = _get(AuditView.class);
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        setValue(view.from, today);
        setValue(view.to, today.minusDays(2));

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).contains("must not be before its start");
        assertThat(view.from.getValue()).isEqualTo(today);
    }

    @Test
    void the_export_is_csv_with_a_header_quotes_and_no_spreadsheet_formulas_and_is_itself_audited() {
        var root = fixtures.admin("root@example.com");
        var marker = "x" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(null, marker + "@example.com", "tasks.imported", "=HYPERLINK(\"evil\")", "a, b", null);
        fixtures.signIn("root@example.com");
        var out = new ByteArrayOutputStream();

        int rows = auditService.exportCsv(new AuditQuery(null, null, marker, null, null), out);

        var csv = out.toString(StandardCharsets.UTF_8);
        assertThat(rows).isOne();
        assertThat(csv).startsWith("id,at,actor_id,actor_email,action,target,detail,remote_address\r\n");
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"evil\"\")\",\"a, b\",");
        assertThat(auditService.search(new AuditQuery(null, "audit.exported", null, null, null), 0, 10))
                .anySatisfy(e -> assertThat(e.actorId()).isEqualTo(root));
    }
}
