package app.helmsman.reminders.ui;

import app.helmsman.reminders.ReminderKind;
import app.helmsman.reminders.ReminderPreferences;
import app.helmsman.reminders.ReminderService;
import app.helmsman.reminders.ReminderValidationException;
import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Reminder settings: quiet hours, batching, which kinds of reminder come, email and the daily digest, and browser
 * notifications (the browser asks for permission only when the person presses the button here, never on a first
 * visit). A value out of bounds is refused with a sentence at the field and nothing typed is lost.
 */
@Route("settings/reminders")
@PageTitle("Reminder settings · Helmsman")
@PermitAll
public class ReminderSettingsView extends Div {

    final TimePicker quietStart = new TimePicker("Quiet hours start");
    final TimePicker quietEnd = new TimePicker("Quiet hours end");
    final IntegerField batchMax = new IntegerField("Show at most this many reminders one by one");
    final IntegerField batchMinutes = new IntegerField("Within this many minutes");
    final Checkbox doTime = new Checkbox(ReminderKind.DO_TIME.setting());
    final Checkbox blocks = new Checkbox(ReminderKind.BLOCK.setting());
    final Checkbox deadlines = new Checkbox(ReminderKind.DEADLINE_SOON.setting() + " (the morning before, and the day itself)");
    final Checkbox remindMe = new Checkbox(ReminderKind.REMIND_ME.setting());
    final Checkbox email = new Checkbox("Email me reminders when no Helmsman window is open");
    final Checkbox digest = new Checkbox("Send me a daily digest in the morning");
    final Checkbox browser = new Checkbox("Also show reminders as browser notifications");
    final Button allowBrowser = new Button("Allow browser notifications");
    final Paragraph browserState = new Paragraph();
    final Button save = new Button("Save reminder settings");

    private final ReminderService reminders;
    private final Map<String, HasValidation> fields;

    ReminderSettingsView(ReminderService reminders) {
        this.reminders = reminders;
        add(new H1("Reminder settings"));
        app.helmsman.shared.ui.DateFormats.apply(quietStart);
        app.helmsman.shared.ui.DateFormats.apply(quietEnd);
        quietStart.setHelperText("Reminders wait until quiet hours end; only a hard deadline today comes anyway. The same start and end mean no quiet hours.");
        quietEnd.setHelperText("In your own time zone");
        batchMax.setMin(ReminderPreferences.BATCH_MAX_MIN);
        batchMax.setMax(ReminderPreferences.BATCH_MAX_MAX);
        batchMax.setStepButtonsVisible(true);
        batchMax.setHelperText("More than that arrive together as one (\"3 more reminders\")");
        batchMinutes.setMin(ReminderPreferences.BATCH_MINUTES_MIN);
        batchMinutes.setMax(ReminderPreferences.BATCH_MINUTES_MAX);
        batchMinutes.setHelperText(ReminderPreferences.BATCH_MINUTES_MIN + " to " + ReminderPreferences.BATCH_MINUTES_MAX + " minutes");
        for (var field : List.of(quietStart, quietEnd)) {
            field.setManualValidation(true);
        }
        batchMax.setManualValidation(true);
        batchMinutes.setManualValidation(true);
        fields = Map.of("quietStart", quietStart, "quietEnd", quietEnd, "batchMax", batchMax, "batchMinutes", batchMinutes);

        var emailAvailable = reminders.emailAvailable();
        if (!emailAvailable) {
            email.setEnabled(false);
            digest.setEnabled(false);
        }
        var emailNote = new Paragraph(emailAvailable ? "Emails go to your account's address." : "This server does not send email, so these stay off.");
        allowBrowser.addClickListener(e -> askBrowserPermission());
        browserState.setText("Your browser decides whether Helmsman may show notifications. Press the button to be asked.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        add(section("Quiet hours", quietStart, quietEnd),
                section("Batching", batchMax, batchMinutes),
                section("Remind me of", doTime, blocks, deadlines, remindMe),
                section("Email", emailNote, email, digest),
                section("Browser notifications", browserState, allowBrowser, browser),
                new Div(save));
        load(reminders.preferences());
    }

    private static Section section(String heading, com.vaadin.flow.component.Component... content) {
        var section = new Section(new H2(heading));
        section.add(content);
        section.addClassName("hm-settings-section");
        section.getChildren().skip(1).forEach(c -> c.getElement().getStyle().set("display", "flex").set("max-width", "28rem"));
        return section;
    }

    private void load(ReminderPreferences p) {
        quietStart.setValue(p.quietStart());
        quietEnd.setValue(p.quietEnd());
        batchMax.setValue(p.batchMax());
        batchMinutes.setValue(p.batchMinutes());
        doTime.setValue(p.wants(ReminderKind.DO_TIME));
        blocks.setValue(p.wants(ReminderKind.BLOCK));
        deadlines.setValue(p.wants(ReminderKind.DEADLINE_SOON));
        remindMe.setValue(p.wants(ReminderKind.REMIND_ME));
        email.setValue(p.email());
        digest.setValue(p.digest());
        browser.setValue(p.browser());
    }

    void save() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        var kinds = EnumSet.noneOf(ReminderKind.class);
        if (doTime.getValue()) {
            kinds.add(ReminderKind.DO_TIME);
        }
        if (blocks.getValue()) {
            kinds.add(ReminderKind.BLOCK);
        }
        if (deadlines.getValue()) {
            kinds.add(ReminderKind.DEADLINE_SOON);
            kinds.add(ReminderKind.DEADLINE_TODAY);
        }
        if (remindMe.getValue()) {
            kinds.add(ReminderKind.REMIND_ME);
        }
        if (batchMax.getValue() == null || batchMinutes.getValue() == null) {
            var field = batchMax.getValue() == null ? batchMax : batchMinutes;
            field.setErrorMessage("Enter a whole number.");
            field.setInvalid(true);
            field.focus();
            return;
        }
        try {
            reminders.savePreferences(new ReminderPreferences(quietStart.getValue(), quietEnd.getValue(), batchMax.getValue(), batchMinutes.getValue(),
                    kinds, email.getValue(), digest.getValue(), browser.getValue()));
            Announcer.announce("Reminder settings saved");
        } catch (ReminderValidationException e) {
            var field = fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
                ((com.vaadin.flow.component.Focusable<?>) field).focus();
            }
            Announcer.announce(e.getMessage());
        }
    }

    private void askBrowserPermission() {
        getElement().executeJs("return window.Notification ? Notification.requestPermission() : Promise.resolve('unsupported')")
                .then(String.class, result -> {
                    var text = switch (result) {
                        case "granted" -> "Your browser allows Helmsman's notifications.";
                        case "denied" -> "Your browser blocks Helmsman's notifications. You can change that in the browser's site settings.";
                        case "unsupported" -> "This browser cannot show notifications.";
                        default -> "Your browser has not decided yet.";
                    };
                    browserState.setText(text);
                    if ("granted".equals(result)) {
                        browser.setValue(true);
                    }
                    Announcer.announce(text);
                });
    }
}
