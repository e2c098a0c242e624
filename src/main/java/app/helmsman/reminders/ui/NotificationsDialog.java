package app.helmsman.reminders.ui;

import app.helmsman.reminders.Reminder;
import app.helmsman.reminders.ReminderService;
import app.helmsman.reminders.Snooze;
import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The notification centre: the delivered reminders, newest first, each with mark read, snooze (10 minutes, 1 hour,
 * tomorrow) and done; "Mark all read" on top. Unread ones say so in words, not by colour alone.
 */
class NotificationsDialog extends Dialog {

    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph("Nothing here. Reminders appear here when they are due.");
    final Button markAllRead = new Button("Mark all read");
    final Button close = new Button("Close");
    private final ReminderService reminders;
    private final Runnable changed;

    NotificationsDialog(ReminderService reminders, Runnable changed) {
        this.reminders = reminders;
        this.changed = changed;
        setHeaderTitle("Notifications");
        addClassName("hm-notifications");
        list.addClassName("hm-notification-list");
        list.getElement().setAttribute("aria-label", "Reminders");
        markAllRead.addClickListener(e -> {
            var count = reminders.markAllRead();
            Announcer.announce(count == 1 ? "1 reminder marked read" : count + " reminders marked read");
            after();
        });
        var settings = new Anchor("settings/reminders", "Reminder settings");
        settings.addClassName("hm-notifications-settings");
        add(new Div(markAllRead, settings), empty, list);
        close.addClickListener(e -> close());
        getFooter().add(close);
        setWidth("min(36rem, 100vw)");
    }

    void refresh() {
        list.removeAll();
        var recent = reminders.recent();
        empty.setVisible(recent.isEmpty());
        markAllRead.setEnabled(recent.stream().anyMatch(r -> !r.read()));
        recent.forEach(r -> list.add(item(r)));
    }

    private ListItem item(Reminder r) {
        var item = new ListItem();
        item.addClassName("hm-notification");
        if (!r.read()) {
            item.addClassName("hm-notification-unread");
            var label = new Span("Unread: ");
            label.addClassName("hm-notification-state");
            item.add(label);
        }
        item.add(new Span(r.message()));
        if (!r.lateNote().isEmpty()) {
            var late = new Span(" " + r.lateNote() + ".");
            late.addClassName("hm-notification-late");
            item.add(late);
        }
        var actions = new Div();
        actions.addClassName("hm-notification-actions");
        var name = "'" + r.title() + "'";
        if (!r.read()) {
            actions.add(action("Mark read", "Mark the reminder of " + name + " read", () -> reminders.markRead(r.id()), "Marked read"));
        }
        actions.add(action("Snooze 10 min", "Snooze " + name + " for 10 minutes", () -> reminders.snooze(r.id(), Snooze.TEN_MINUTES), "Snoozed for 10 minutes"));
        actions.add(action("Snooze 1 h", "Snooze " + name + " for 1 hour", () -> reminders.snooze(r.id(), Snooze.ONE_HOUR), "Snoozed for 1 hour"));
        actions.add(action("Tomorrow", "Snooze " + name + " until tomorrow morning", () -> reminders.snooze(r.id(), Snooze.TOMORROW), "Snoozed until tomorrow morning"));
        actions.add(action("Done", "Done with the reminder of " + name, () -> reminders.done(r.id()), "Reminder cleared"));
        item.add(actions);
        return item;
    }

    private Button action(String text, String label, java.util.function.BooleanSupplier call, String announcement) {
        var button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        button.addClickListener(e -> {
            var done = call.getAsBoolean();
            Announcer.announce(done ? announcement : "That reminder is no longer here");
            after();
        });
        return button;
    }

    private void after() {
        refresh();
        changed.run();
        if (markAllRead.isEnabled()) {
            markAllRead.focus();
        } else {
            close.focus();
        }
    }
}
