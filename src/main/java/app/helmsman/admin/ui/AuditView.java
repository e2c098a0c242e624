package app.helmsman.admin.ui;

import app.helmsman.admin.AuditService;
import app.helmsman.platform.AuditEntry;
import app.helmsman.platform.AuditQuery;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The audit log panel: filter by text, action, who and date range (days in UTC), page through the rows
 * newest first, and export what the filter matches as CSV.
 */
@Route("admin/audit")
@PageTitle("Audit log · Admin · Helmsman")
@RolesAllowed("ADMIN")
public class AuditView extends Div {

    final TextField text = new TextField("Target or detail contains");
    final ComboBox<String> action = new ComboBox<>("Action");
    final TextField actor = new TextField("Who (email contains)");
    final DatePicker from = new DatePicker("From (UTC)");
    final DatePicker to = new DatePicker("To (UTC, inclusive)");
    final Grid<AuditEntry> entries = new Grid<>();
    final Paragraph problem = new Paragraph();
    final Paragraph total = new Paragraph();
    final Anchor export;
    private final AuditService service;
    private AuditQuery query = AuditQuery.all();

    AuditView(AuditService service) {
        this.service = service;
        addClassName("hm-admin");
        add(new H1("Audit log"), new AdminNav(AuditView.class),
                new Paragraph("Security-relevant events: sign-ins, lockouts, admin actions, flag changes, sign-outs everywhere, deletions, imports. "
                        + "Rows cannot be changed or deleted; old ones are purged after the retention period."));
        for (var field : new TextField[] {text, actor}) {
            field.setMaxLength(AuditQuery.MAX_TEXT);
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        action.setItems(service.actions());
        action.setClearButtonVisible(true);
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var filters = new Div(text, action, actor, from, to);
        filters.addClassName("hm-admin-filters");

        entries.addColumn(e -> AdminMessages.time(e.at())).setHeader("When").setAutoWidth(true);
        entries.addColumn(e -> e.actorEmail() == null ? "(nobody signed in)" : e.actorEmail()).setHeader("Who").setAutoWidth(true);
        entries.addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true);
        entries.addColumn(e -> e.target() == null ? "" : e.target()).setHeader("Target").setAutoWidth(true);
        entries.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader("Detail");
        entries.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress()).setHeader("From").setAutoWidth(true);
        entries.setAriaLabel("Audit log entries");
        entries.setPageSize(50);

        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new java.io.ByteArrayOutputStream();
            service.exportCsv(query, out);
            var bytes = out.toByteArray();
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes), "helmsman-audit.csv",
                    "text/csv;charset=utf-8", bytes.length);
        }), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, "Export as CSV");
        problem.addClassName("hm-error");
        problem.setVisible(false);
        add(filters, problem, total, export, entries);
        refresh();
    }

    private void refresh() {
        try {
            query = new AuditQuery(text.getValue(), action.getValue(), actor.getValue(), start(from.getValue()), end(to.getValue()));
            problem.setVisible(false);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
            app.helmsman.shared.ui.Announcer.announce(e.getMessage());
            return;
        }
        var current = query;
        var count = service.count(current);
        total.setText(count == 1 ? "1 entry matches." : count + " entries match.");
        entries.setItems(q -> service.search(current, q.getOffset(), q.getLimit()).stream(), q -> service.count(current));
    }

    private static java.time.Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static java.time.Instant end(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
