package app.helmsman.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;

/** The console's own navigation between its panels; the current one carries {@code aria-current="page"}. */
final class AdminNav extends Nav {

    private static final Map<String, Class<? extends Component>> PANELS = new java.util.LinkedHashMap<>();

    static {
        PANELS.put("Users", AdminView.class);
        PANELS.put("Feature flags", FlagsView.class);
        PANELS.put("Audit log", AuditView.class);
        PANELS.put("Jobs", JobsView.class);
        PANELS.put("Health", HealthView.class);
        PANELS.put("Live metrics", MetricsView.class);
        PANELS.put("Maintenance banner", MaintenanceView.class);
    }

    AdminNav(Class<? extends Component> current) {
        addClassName("hm-admin-nav");
        getElement().setAttribute("aria-label", "Ops console");
        var list = new UnorderedList();
        PANELS.forEach((label, view) -> {
            var link = new RouterLink(label, view);
            if (view.equals(current)) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(new ListItem(link));
        });
        add(list);
    }
}
