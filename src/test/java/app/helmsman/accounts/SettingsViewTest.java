package app.helmsman.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.KaribuTest;
import app.helmsman.accounts.UserSettings.EnergyPeak;
import app.helmsman.accounts.internal.UserRepository;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.Appearance;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class SettingsViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void signedInAtSettings() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("settings");
    }

    @Test
    @SuppressWarnings("unchecked")
    void saved_settings_are_stored_for_this_person_and_announced() {
        setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Ada L.");
        setValue((ComboBox<String>) _get(ComboBox.class, spec -> spec.withLabel("Time zone")), "Europe/Berlin");
        setValue((RadioButtonGroup<Appearance.Theme>) _get(RadioButtonGroup.class, spec -> spec.withLabel("Theme")), Appearance.Theme.HIGH_CONTRAST);
        setValue((Select<Appearance.TextSize>) _get(Select.class, spec -> spec.withLabel("Text size")), Appearance.TextSize.LARGE);
        setValue(_get(Checkbox.class, spec -> spec.withLabel("Reduce motion (no animations)")), true);
        setValue(_get(TimePicker.class, spec -> spec.withLabel("Working hours start")), LocalTime.of(8, 30));
        setValue(_get(TimePicker.class, spec -> spec.withLabel("Working hours end")), LocalTime.of(16, 0));
        setValue((Select<EnergyPeak>) _get(Select.class, spec -> spec.withLabel("When do you usually have the most energy?")), EnergyPeak.EVENING);
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        var saved = accounts.settings();
        assertThat(saved.displayName()).isEqualTo("Ada L.");
        assertThat(saved.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(saved.appearance()).isEqualTo(new Appearance(Appearance.Theme.HIGH_CONTRAST, true, Appearance.TextSize.LARGE));
        assertThat(saved.workStart()).isEqualTo(LocalTime.of(8, 30));
        assertThat(saved.workEnd()).isEqualTo(LocalTime.of(16, 0));
        assertThat(saved.energyPeak()).isEqualTo(EnergyPeak.EVENING);
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("Settings saved.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_theme_chosen_here_applies_at_once_and_is_kept_without_pressing_save() {
        setValue((RadioButtonGroup<Appearance.Theme>) _get(RadioButtonGroup.class, spec -> spec.withLabel("Theme")), Appearance.Theme.DARK);

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(com.vaadin.flow.component.page.ColorScheme.Value.DARK);
        assertThat(accounts.settings().appearance().theme()).isEqualTo(Appearance.Theme.DARK);
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("Theme changed to Dark");
    }

    @Test
    void working_hours_are_shown_in_the_same_locale_as_every_other_time() {
        var start = _get(TimePicker.class, spec -> spec.withLabel("Working hours start"));
        assertThat(start.getLocale()).isEqualTo(app.helmsman.shared.ui.DateFormats.locale());
    }

    @Test
    void working_hours_that_end_before_they_start_are_refused_and_the_input_kept() {
        setValue(_get(TimePicker.class, spec -> spec.withLabel("Working hours start")), LocalTime.of(18, 0));
        setValue(_get(TimePicker.class, spec -> spec.withLabel("Working hours end")), LocalTime.of(9, 0));
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        var end = _get(TimePicker.class, spec -> spec.withLabel("Working hours end"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Working hours must end after they start.");
        assertThat(end.getValue()).isEqualTo(LocalTime.of(9, 0));
        assertThat(accounts.settings().workStart()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void a_wrong_current_password_is_refused_and_the_password_stays() {
        setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), "not my password");
        setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "a brand new passphrase");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Current password")).getErrorMessage())
                .isEqualTo("This is not your current password.");
        assertThat(passwordEncoder.matches(Fixtures.PASSWORD, users.findByEmail("ada@example.com").orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void the_right_current_password_changes_it() {
        setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), Fixtures.PASSWORD);
        setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "a brand new passphrase");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        var hash = users.findByEmail("ada@example.com").orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches("a brand new passphrase", hash)).isTrue();
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("Password changed. Other devices were signed out.");
    }
}
