package app.helmsman.focus.ui;

import app.helmsman.focus.FocusService;
import app.helmsman.focus.FocusSettings;
import app.helmsman.focus.FocusValidationException;
import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;

/**
 * The person's Pomodoro lengths and hyperfocus check. The service bounds them; a refused value keeps what was
 * typed and says why beside the field.
 */
class FocusSettingsSection extends Section {

    final IntegerField focusMinutes = field("Focus length (minutes)", FocusSettings.FOCUS_MIN, FocusSettings.FOCUS_MAX);
    final IntegerField breakMinutes = field("Break length (minutes)", FocusSettings.BREAK_MIN, FocusSettings.BREAK_MAX);
    final IntegerField hyperfocusMinutes = field("Suggest a break after (minutes without one)", FocusSettings.HYPERFOCUS_MIN,
            FocusSettings.HYPERFOCUS_MAX);
    final Button save = new Button("Save focus settings");
    private final FocusService focus;
    private FocusSettings current;

    FocusSettingsSection(FocusService focus) {
        this.focus = focus;
        addClassName("hm-focus-settings");
        focusMinutes.setHelperText("Pomodoro; usually 25");
        breakMinutes.setHelperText("Pomodoro; usually 5");
        hyperfocusMinutes.setHelperText("A gentle question, once per stretch; usually 90");
        save.addClickListener(e -> save());
        var fields = new Div(focusMinutes, breakMinutes, hyperfocusMinutes);
        fields.addClassName("hm-focus-fields");
        var actions = new Div(save);
        actions.addClassName("hm-form-actions");
        add(new H2("Focus settings"), fields, actions);
        load(focus.settings());
    }

    FocusSettings current() {
        return current;
    }

    private void load(FocusSettings settings) {
        current = settings;
        focusMinutes.setValue(settings.focusMinutes());
        breakMinutes.setValue(settings.breakMinutes());
        hyperfocusMinutes.setValue(settings.hyperfocusMinutes());
    }

    void save() {
        clearErrors();
        var empty = focusMinutes.getValue() == null || breakMinutes.getValue() == null || hyperfocusMinutes.getValue() == null;
        try {
            if (empty) {
                throw new FocusValidationException(Map.of("empty", "Enter a whole number of minutes in each field."));
            }
            current = focus.saveSettings(new FocusSettings(focusMinutes.getValue(), breakMinutes.getValue(), hyperfocusMinutes.getValue()));
            Announcer.announce("Focus settings saved. They apply from your next session.");
        } catch (FocusValidationException e) {
            show(e.errors());
            Announcer.announce(e.getMessage());
        }
    }

    private void show(Map<String, String> errors) {
        errors.forEach((field, message) -> {
            var target = switch (field) {
                case "focusMinutes" -> focusMinutes;
                case "breakMinutes" -> breakMinutes;
                case "hyperfocusMinutes" -> hyperfocusMinutes;
                default -> null;
            };
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            } else {
                for (var f : new IntegerField[] {focusMinutes, breakMinutes, hyperfocusMinutes}) {
                    if (f.getValue() == null) {
                        f.setErrorMessage(message);
                        f.setInvalid(true);
                    }
                }
            }
        });
    }

    private void clearErrors() {
        for (var f : new IntegerField[] {focusMinutes, breakMinutes, hyperfocusMinutes}) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    private static IntegerField field(String label, int min, int max) {
        var field = new IntegerField(label);
        field.setManualValidation(true);
        field.setStepButtonsVisible(true);
        field.setMin(min);
        field.setMax(max);
        return field;
    }
}
