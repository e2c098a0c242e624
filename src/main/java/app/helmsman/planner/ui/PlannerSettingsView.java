package app.helmsman.planner.ui;

import app.helmsman.planner.PlanPreferences;
import app.helmsman.planner.PlannerService;
import app.helmsman.planner.PlannerValidationException;
import app.helmsman.planner.engine.PlanInput.Level;
import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The planner's settings: working days, breaks, the day's capacity, chunk length, default estimate, energy per hour. */
@Route("planner/settings")
@PageTitle("Planner settings · Helmsman")
@PermitAll
public class PlannerSettingsView extends Div {

    final CheckboxGroup<DayOfWeek> workingDays = new CheckboxGroup<>("Working days");
    final IntegerField breakMinutes = field("Break after each block (minutes)", PlanPreferences.BREAK_MIN, PlanPreferences.BREAK_MAX);
    final IntegerField capacityMinutes = field("Planned time per day (minutes)", PlanPreferences.CAPACITY_MINUTES_MIN, PlanPreferences.CAPACITY_MINUTES_MAX);
    final IntegerField capacityTasks = field("Tasks per day", PlanPreferences.CAPACITY_TASKS_MIN, PlanPreferences.CAPACITY_TASKS_MAX);
    final IntegerField maxChunkMinutes = field("Longest block (minutes)", PlanPreferences.CHUNK_MIN, PlanPreferences.CHUNK_MAX);
    final IntegerField defaultEstimateMinutes = field("Estimate for tasks without one (minutes)", PlanPreferences.ESTIMATE_MIN, PlanPreferences.ESTIMATE_MAX);
    final List<Select<Level>> hours = new ArrayList<>();
    final Button save = new Button("Save planner settings");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final PlannerService planner;

    PlannerSettingsView(PlannerService planner) {
        this.planner = planner;
        addClassName("hm-planner-settings");
        workingDays.setItems(DayOfWeek.values());
        workingDays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        workingDays.setHelperText("On other days nothing is planned unless you use Plan my day.");
        fields.put("workingDays", workingDays);
        fields.put("breakMinutes", breakMinutes);
        fields.put("capacityMinutes", capacityMinutes);
        fields.put("capacityTasks", capacityTasks);
        fields.put("maxChunkMinutes", maxChunkMinutes);
        fields.put("defaultEstimateMinutes", defaultEstimateMinutes);

        var energyGrid = new Div();
        energyGrid.addClassName("hm-energy-grid");
        for (int h = 0; h < 24; h++) {
            var hour = new Select<Level>();
            hour.setLabel(String.format(Locale.ROOT, "%02d:00", h));
            hour.setItems(Level.values());
            hour.setItemLabelGenerator(l -> switch (l) {
                case HIGH -> "High";
                case MEDIUM -> "Medium";
                case LOW -> "Low";
            });
            hours.add(hour);
            energyGrid.add(hour);
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        var day = section("Your day", workingDays, breakMinutes, capacityMinutes, capacityTasks, maxChunkMinutes, defaultEstimateMinutes);
        var energy = section("Energy through the day", new Paragraph("Demanding tasks go to high-energy hours, admin and calls to low ones. "
                + "Until you change it, this follows the energy peak in Settings. Working hours are set in Settings too."), energyGrid);
        var actions = new Div(save, new RouterLink("Back to Today", PlanView.class), new com.vaadin.flow.component.html.Anchor("settings", "Settings"));
        actions.addClassName("hm-form-actions");
        add(new H1("Planner settings"), day, energy, actions);
        load(planner.preferences());
    }

    private static IntegerField field(String label, int min, int max) {
        var field = new IntegerField(label);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setHelperText(min + " to " + max);
        field.setManualValidation(true);
        return field;
    }

    private static Section section(String heading, com.vaadin.flow.component.Component... content) {
        var section = new Section(new H2(heading));
        section.add(content);
        section.addClassName("hm-settings-section");
        return section;
    }

    private void load(PlanPreferences p) {
        workingDays.setValue(p.workingDays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(p.workingDays()));
        breakMinutes.setValue(p.breakMinutes());
        capacityMinutes.setValue(p.capacityMinutes());
        capacityTasks.setValue(p.capacityTasks());
        maxChunkMinutes.setValue(p.maxChunkMinutes());
        defaultEstimateMinutes.setValue(p.defaultEstimateMinutes());
        for (int h = 0; h < 24; h++) {
            hours.get(h).setValue(p.energy().get(h));
        }
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        var levels = hours.stream().map(s -> s.getValue() == null ? Level.MEDIUM : s.getValue()).toList();
        try {
            var saved = planner.savePreferences(new PlanPreferences(levels, true, workingDays.getValue(), value(breakMinutes), value(capacityMinutes),
                    value(capacityTasks), value(maxChunkMinutes), value(defaultEstimateMinutes)));
            load(saved);
            Announcer.speaksFor(Notification.show("Planner settings saved.")); // said once, by the announcer below
            Announcer.announce("Planner settings saved.");
        } catch (PlannerValidationException e) {
            e.errors().forEach((field, message) -> {
                var target = fields.get(field);
                if (target != null) {
                    target.setErrorMessage(message);
                    target.setInvalid(true);
                }
            });
            Announcer.announce("Not saved: " + String.join(" ", e.errors().values()));
        }
    }

    /** An empty or unparsable number is sent as -1, which the service refuses with the field's bounds (what was typed stays). */
    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }
}
