package app.helmsman.admin.ui;

import app.helmsman.admin.HealthCheck;
import app.helmsman.admin.HealthService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The health panel: the checks the actuator and readiness probe run, run now on this instance, with latency and last error. */
@Route("admin/health")
@PageTitle("Health · Admin · Helmsman")
@RolesAllowed("ADMIN")
public class HealthView extends Div {

    final Grid<HealthCheck> checks = new Grid<>();
    final Button recheck = new Button("Check again");
    private final HealthService service;

    HealthView(HealthService service) {
        this.service = service;
        addClassName("hm-admin");
        add(new H1("Health"), new AdminNav(HealthView.class),
                new Paragraph("The checks of this instance, run when the page opens. Checks marked \"readiness\" also decide whether "
                        + "this instance takes traffic (/readyz)."));
        checks.addColumn(HealthCheck::name).setHeader("Check").setAutoWidth(true);
        checks.addColumn(c -> words(c.status())).setHeader("Status").setKey("status").setAutoWidth(true);
        checks.addColumn(c -> c.latencyMillis() + " ms").setHeader("Latency");
        checks.addColumn(c -> c.readiness() ? "Yes" : "No").setHeader("Readiness");
        checks.addColumn(HealthCheck::detail).setHeader("Detail");
        checks.addColumn(c -> c.lastError() == null ? "None since start-up" : AdminMessages.time(c.lastErrorAt()) + ": " + c.lastError())
                .setHeader("Last error");
        checks.setAriaLabel("Health checks");
        checks.setAllRowsVisible(true);
        recheck.addClickListener(e -> {
            refresh();
            var down = checks.getListDataView().getItems().filter(c -> "DOWN".equals(c.status())).count();
            AdminMessages.done(down == 0 ? "Checked again: nothing is down." : "Checked again: " + down + " down.");
        });
        add(recheck, checks);
        refresh();
    }

    static String words(String status) {
        return switch (status) {
            case "UP" -> "Up";
            case "DOWN" -> "Down";
            case "OUT_OF_SERVICE" -> "Switched off";
            case "UNKNOWN" -> "Not configured";
            default -> status;
        };
    }

    private void refresh() {
        checks.setItems(service.checks());
    }
}
