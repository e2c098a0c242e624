package app.helmsman.admin.ui;

import app.helmsman.admin.FeatureFlagService;
import app.helmsman.platform.RuntimeFeatureFlags;
import app.helmsman.platform.RuntimeFeatureFlags.FlagState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The feature flags panel: each flag on or off (in words), its environment default, who changed it; switching
 * applies on every replica within seconds.
 */
@Route("admin/flags")
@PageTitle("Feature flags · Admin · Helmsman")
@RolesAllowed("ADMIN")
public class FlagsView extends Div {

    final Grid<FlagState> flags = new Grid<>();
    private final FeatureFlagService service;

    FlagsView(FeatureFlagService service) {
        this.service = service;
        addClassName("hm-admin");
        add(new H1("Feature flags"), new AdminNav(FlagsView.class),
                new Paragraph("A change applies on every replica within " + RuntimeFeatureFlags.REFRESH.toSeconds()
                        + " seconds. Defaults come from the environment variables named here."));
        flags.addColumn(s -> s.flag().label()).setHeader("Feature").setAutoWidth(true);
        flags.addColumn(s -> s.enabled() ? "On" : "Off").setHeader("Now").setKey("now");
        flags.addColumn(s -> s.flag().environmentVariable() + " = " + (s.environmentDefault() ? "on" : "off")).setHeader("Default").setKey("default").setAutoWidth(true);
        flags.addColumn(s -> s.overridden() ? "Set by " + (s.changedBy() == null ? "an admin" : s.changedBy()) + " at "
                + AdminMessages.time(s.changedAt()) : "The default").setHeader("Set by").setAutoWidth(true);
        flags.addComponentColumn(this::actions).setHeader("Change").setKey("change").setAutoWidth(true);
        flags.setAriaLabel("Feature flags");
        flags.setAllRowsVisible(true);
        add(flags);
        refresh();
    }

    private HorizontalLayout actions(FlagState state) {
        var label = state.flag().label();
        var toggle = new Button(state.enabled() ? "Switch off" : "Switch on", e -> {
            service.set(state.flag(), !state.enabled());
            refresh();
            AdminMessages.done(label + " switched " + (state.enabled() ? "off" : "on") + " for everyone.");
        });
        toggle.setAriaLabel((state.enabled() ? "Switch off " : "Switch on ") + label);
        var reset = new Button("Use default", e -> {
            service.reset(state.flag());
            refresh();
            AdminMessages.done(label + " follows its default again.");
        });
        reset.setAriaLabel("Use the default for " + label);
        reset.setVisible(state.overridden());
        return new HorizontalLayout(toggle, reset);
    }

    private void refresh() {
        flags.setItems(service.flags());
    }
}
