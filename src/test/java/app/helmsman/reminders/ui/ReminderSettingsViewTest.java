package app.helmsman.reminders.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.reminders.ReminderKind;
import app.helmsman.reminders.ReminderService;
import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminder settings (issue 15): quiet hours, batching, kinds, email, browser notifications. */
class ReminderSettingsViewTest extends KaribuTest {

    @Autowired
    ReminderService reminders;

    @BeforeEach
    void open() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("settings/reminders");
    }

    @Test
    void shows_the_defaults_under_one_heading() {
        var view = _get(ReminderSettingsView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Reminder settings");
        assertThat(view.quietStart.getValue()).isEqualTo(LocalTime.of(22, 0));
        assertThat(view.quietEnd.getValue()).isEqualTo(LocalTime.of(8, 0));
        assertThat(view.batchMax.getValue()).isEqualTo(3);
        assertThat(view.batchMinutes.getValue()).isEqualTo(30);
        assertThat(view.doTime.getValue()).isTrue();
        assertThat(view.email.isEnabled()).as("no SMTP in this test: email stays off and says why").isFalse();
    }

    @Test
    void saving_changes_quiet_hours_batching_and_kinds() {
        var view = _get(ReminderSettingsView.class);
        setValue(view.quietStart, LocalTime.of(23, 0));
        setValue(view.quietEnd, LocalTime.of(7, 30));
        setValue(view.batchMax, 5);
        setValue(view.blocks, false);

        view.save.click();

        var saved = reminders.preferences();
        assertThat(saved.quietStart()).isEqualTo(LocalTime.of(23, 0));
        assertThat(saved.quietEnd()).isEqualTo(LocalTime.of(7, 30));
        assertThat(saved.batchMax()).isEqualTo(5);
        assertThat(saved.wants(ReminderKind.BLOCK)).isFalse();
        assertThat(saved.wants(ReminderKind.DO_TIME)).isTrue();
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("Reminder settings saved");
    }

    @Test
    void a_batch_out_of_bounds_is_refused_at_the_field_and_keeps_what_was_typed() {
        var view = _get(ReminderSettingsView.class);
        setValue(view.quietStart, LocalTime.of(21, 0));
        setValue(view.batchMax, 50);

        view.save.click();

        assertThat(view.batchMax.isInvalid()).isTrue();
        assertThat(view.batchMax.getErrorMessage()).isEqualTo("Show between 1 and 20 reminders one by one, not 50.");
        assertThat(view.batchMax.getValue()).isEqualTo(50);
        assertThat(view.quietStart.getValue()).isEqualTo(LocalTime.of(21, 0));
        assertThat(reminders.preferences().quietStart()).as("nothing saved").isEqualTo(LocalTime.of(22, 0));
    }
}
