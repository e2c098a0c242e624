package app.helmsman.accounts.ui;

import app.helmsman.accounts.AccountService;
import app.helmsman.accounts.AccountValidationException;
import app.helmsman.accounts.SignUpForm;
import app.helmsman.accounts.UserSettings;
import app.helmsman.accounts.UserSettings.EnergyPeak;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.Appearance;
import app.helmsman.shared.ui.AppearancePreferences;
import app.helmsman.shared.ui.DateFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.TreeSet;

@Route("settings")
@PageTitle("Settings · Helmsman")
@Menu(title = "Settings", order = 90)
@PermitAll
public class SettingsView extends Div {

    final TextField displayName = new TextField("Name");
    final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    final RadioButtonGroup<Appearance.Theme> theme = new RadioButtonGroup<>("Theme");
    final Select<Appearance.TextSize> textSize = new Select<>();
    final Checkbox reducedMotion = new Checkbox("Reduce motion (no animations)");
    final TimePicker workStart = new TimePicker("Working hours start");
    final TimePicker workEnd = new TimePicker("Working hours end");
    final Select<EnergyPeak> energyPeak = new Select<>();
    final Button save = new Button("Save settings");
    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final Button changePassword = new Button("Change password");
    final Button signOutEverywhere = new Button("Sign out everywhere");

    private final AccountService accounts;
    private final AppearancePreferences appearances;
    private final FieldErrors settingsErrors = new FieldErrors();
    private final FieldErrors passwordErrors = new FieldErrors();

    SettingsView(AccountService accounts, AuthenticationContext authentication, app.helmsman.platform.FeatureFlags flags,
                 AppearancePreferences appearances) {
        this.accounts = accounts;
        this.appearances = appearances;
        add(new H1("Settings"));

        displayName.setMaxLength(SignUpForm.DISPLAY_NAME_MAX_LENGTH);
        displayName.setManualValidation(true);
        timeZone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        timeZone.setHelperText("Days, deadlines and plans are computed in this zone");
        theme.setItems(Appearance.Theme.values());
        theme.setItemLabelGenerator(Appearance.Theme::label);
        textSize.setLabel("Text size");
        textSize.setItems(Appearance.TextSize.values());
        textSize.setItemLabelGenerator(Appearance.TextSize::label);
        DateFormats.apply(workStart);
        DateFormats.apply(workEnd);
        workStart.setManualValidation(true);
        workEnd.setManualValidation(true);
        energyPeak.setLabel("When do you usually have the most energy?");
        energyPeak.setItems(EnergyPeak.values());
        energyPeak.setItemLabelGenerator(EnergyPeak::label);
        energyPeak.setHelperText("The planner puts demanding tasks there");
        settingsErrors.bind("displayName", displayName).bind("workEnd", workEnd);
        // appearance applies at once, as from the header menu: nobody should have to find "Save" to see a theme
        theme.addValueChangeListener(e -> appearanceChanged(e.isFromClient(), "Theme changed to " + label(e.getValue(), Appearance.Theme::label)));
        textSize.addValueChangeListener(e -> appearanceChanged(e.isFromClient(), "Text size changed to " + label(e.getValue(), Appearance.TextSize::label)));
        reducedMotion.addValueChangeListener(e -> appearanceChanged(e.isFromClient(), e.getValue() ? "Motion reduced" : "Motion as your system prefers"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        var profile = section("Profile and time", displayName, timeZone);
        var look = section("Appearance", theme, textSize, reducedMotion);
        var plannerLink = new com.vaadin.flow.component.html.Anchor("planner/settings",
                "Planner settings: working days, breaks, daily limits, energy per hour");
        var planning = section("Planning", workStart, workEnd, energyPeak, plannerLink);
        var actions = new Div(save);
        actions.addClassName("hm-form-actions");

        currentPassword.setManualValidation(true);
        currentPassword.getElement().setAttribute("autocomplete", "current-password");
        newPassword.setManualValidation(true);
        newPassword.setHelperText("At least " + SignUpForm.PASSWORD_MIN_LENGTH + " characters; not a common password or your email");
        newPassword.getElement().setAttribute("autocomplete", "new-password");
        passwordErrors.bind("currentPassword", currentPassword).bind("newPassword", newPassword);
        changePassword.addClickListener(e -> changePassword());
        var security = section("Security", currentPassword, newPassword, changePassword,
                new Paragraph("Sign out everywhere ends your sessions on every device and browser, including this one."), signOutEverywhere);
        signOutEverywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        signOutEverywhere.addClickListener(e -> {
            var confirm = new ConfirmDialog("Sign out everywhere?",
                    "You will need to sign in again on every device, including this one.", "Sign out everywhere", ok -> {
                        accounts.signOutEverywhere();
                        authentication.logout();
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.addCancelListener(c -> signOutEverywhere.focus());
            confirm.open();
        });

        // the reminders module owns its settings page (accounts cannot depend on it): a plain link
        var reminders = section("Reminders and notifications",
                new Paragraph("Quiet hours, batching, which reminders come, email and browser notifications."),
                new com.vaadin.flow.component.html.Anchor("settings/reminders", "Reminder settings"));
        add(profile, look, planning, actions, reminders);
        if (flags.enabled(app.helmsman.platform.FeatureFlags.Flag.CALENDAR_INTEGRATION)) {
            // the calendar module's page (a plain link: accounts does not depend on calendar)
            add(section("Calendars", new Paragraph("Import, subscribe to or connect calendars, and get your private feed."),
                    new com.vaadin.flow.component.html.Anchor("settings/calendars", "Manage calendars")));
        }
        add(security);
        load(accounts.settings());
    }

    private static Section section(String heading, com.vaadin.flow.component.Component... content) {
        var section = new Section(new H2(heading));
        section.add(content);
        section.addClassName("hm-settings-section");
        section.getChildren().skip(1).forEach(c -> c.getElement().getStyle().set("display", "flex").set("max-width", "24rem"));
        return section;
    }

    private void load(UserSettings settings) {
        displayName.setValue(settings.displayName());
        timeZone.setValue(settings.timeZone() == null ? null : settings.timeZone().getId());
        theme.setValue(settings.appearance().theme());
        textSize.setValue(settings.appearance().textSize());
        reducedMotion.setValue(settings.appearance().reducedMotion());
        workStart.setValue(settings.workStart());
        workEnd.setValue(settings.workEnd());
        energyPeak.setValue(settings.energyPeak());
    }

    private void appearanceChanged(boolean fromClient, String announcement) {
        if (!fromClient || theme.getValue() == null || textSize.getValue() == null) {
            return;
        }
        var changed = new Appearance(theme.getValue(), reducedMotion.getValue(), textSize.getValue());
        appearances.save(changed);
        getUI().ifPresent(changed::applyTo);
        Announcer.announce(announcement);
    }

    private static <T> String label(T value, java.util.function.Function<T, String> label) {
        return value == null ? "" : label.apply(value);
    }

    private void save() {
        var appearance = new Appearance(theme.getValue(), reducedMotion.getValue(), textSize.getValue());
        try {
            var saved = accounts.saveSettings(new UserSettings(displayName.getValue(),
                    timeZone.getValue() == null ? null : ZoneId.of(timeZone.getValue()), appearance, workStart.getValue(), workEnd.getValue(),
                    energyPeak.getValue()));
            settingsErrors.clear();
            getUI().ifPresent(saved.appearance()::applyTo);
            Announcer.speaksFor(com.vaadin.flow.component.notification.Notification.show("Settings saved.")); // said once, by the announcer below
            Announcer.announce("Settings saved.");
        } catch (AccountValidationException e) {
            settingsErrors.show(e.fieldErrors());
        }
    }

    private void changePassword() {
        try {
            accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
            passwordErrors.clear();
            currentPassword.clear();
            newPassword.clear();
            Announcer.speaksFor(com.vaadin.flow.component.notification.Notification.show("Password changed. Other devices were signed out.")); // said once, by the announcer below
            Announcer.announce("Password changed. Other devices were signed out.");
        } catch (AccountValidationException e) {
            passwordErrors.show(e.fieldErrors());
        }
    }
}
