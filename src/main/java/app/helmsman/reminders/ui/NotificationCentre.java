package app.helmsman.reminders.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.live.LiveHint;
import app.helmsman.live.LivePresence;
import app.helmsman.live.LiveUpdates;
import app.helmsman.reminders.Reminder;
import app.helmsman.reminders.ReminderService;
import app.helmsman.reminders.Snooze;
import app.helmsman.reminders.internal.Wording;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.Glyph;
import app.helmsman.shared.ui.ShellContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The bell in the header of every view: its accessible name says how many reminders are unread ("Notifications,
 * 2 unread"), and it opens the notification centre. When reminders are delivered (on any replica) each open window
 * of the person shows them as toasts, at most a few at a time (the server groups the rest), announces them once in
 * the polite live region, and, if the person allowed it, as a browser notification (tagged with the reminder's id,
 * so several windows make one). The window also counts as "open" for delivery, which emails only people with none.
 */
@SpringComponent
@UIScope
class NotificationCentre implements ShellContribution {

    static final int TOAST_MILLIS = 8000;

    final Button button = new Button(Glyph.BELL.create());
    private final ReminderService reminders;
    private final LiveUpdates live;
    private final LivePresence presence;
    private final SignedInUser signedIn;
    private NotificationsDialog dialog;

    NotificationCentre(ReminderService reminders, LiveUpdates live, LivePresence presence, SignedInUser signedIn) {
        this.reminders = reminders;
        this.live = live;
        this.presence = presence;
        this.signedIn = signedIn;
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("hm-notifications-button");
        button.setId("notifications-button");
        button.addClickListener(e -> open());
    }

    @Override
    public List<Component> headerActions() {
        update();
        return List.of(button);
    }

    @Override
    public Registration attach(UI ui) {
        var me = signedIn.requireId();
        var subscription = live.subscribe(ui, me, Set.of(ReminderService.TOPIC), hints -> arrived(ui, hints));
        var here = presence.enter(ui, me, me, "", viewers -> {
        });
        update();
        return () -> {
            subscription.remove();
            here.remove();
        };
    }

    void open() {
        if (dialog == null) {
            dialog = new NotificationsDialog(reminders, this::update);
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    button.focus();
                }
            });
        }
        dialog.refresh();
        dialog.open();
    }

    /** Re-reads the unread count into the button's text and accessible name. */
    void update() {
        var unread = reminders.unreadCount();
        button.setText(unread == 0 ? "" : String.valueOf(unread));
        button.setAriaLabel("Notifications, " + (unread == 0 ? "none unread" : unread + " unread"));
        button.setTooltipText(unread == 0 ? "Notifications" : unread + " unread notifications");
    }

    private void arrived(UI ui, List<LiveHint> hints) {
        var ids = new LinkedHashSet<UUID>();
        hints.forEach(h -> ids.addAll(h.ids()));
        update();
        if (dialog != null && dialog.isOpened()) {
            dialog.refresh();
        }
        if (ids.isEmpty()) {
            return;
        }
        var delivered = reminders.find(ids).stream().filter(r -> r.state() == app.helmsman.reminders.ReminderState.DELIVERED).toList();
        if (delivered.isEmpty()) {
            return;
        }
        var single = new ArrayList<Reminder>();
        var grouped = new ArrayList<Reminder>();
        delivered.forEach(r -> (r.grouped() ? grouped : single).add(r));
        single.forEach(this::toast);
        if (!grouped.isEmpty()) {
            toast(Wording.group(grouped.size(), grouped.stream().allMatch(r -> !r.lateNote().isEmpty())));
        }
        Announcer.announce(ui, delivered.size() == 1 ? "Reminder: " + text(delivered.getFirst())
                : delivered.size() + " reminders: open Notifications to see them");
        if (reminders.preferences().browser()) {
            for (var r : single) {
                ui.getPage().executeJs("if (window.Notification && Notification.permission === 'granted') "
                        + "{ new Notification('Helmsman', {body: $0, tag: $1}); }", text(r), r.id().toString());
            }
            if (!grouped.isEmpty()) {
                ui.getPage().executeJs("if (window.Notification && Notification.permission === 'granted') "
                        + "{ new Notification('Helmsman', {body: $0, tag: $1}); }", grouped.size() + " more reminders", "group-" + grouped.getFirst().id());
            }
        }
    }

    static String text(Reminder r) {
        return r.lateNote().isEmpty() ? r.message() : r.message() + ". " + r.lateNote() + ".";
    }

    private static void toast(String text) {
        var toast = new Notification(text, TOAST_MILLIS, Notification.Position.BOTTOM_END);
        toast.addClassName("hm-reminder-toast");
        toast.open();
        Announcer.speaksFor(toast);
    }

    /** One reminder's toast, with snooze and done right where it shows (the centre offers the same and more). */
    private void toast(Reminder r) {
        var toast = new Notification();
        toast.setDuration(TOAST_MILLIS);
        toast.setPosition(Notification.Position.BOTTOM_END);
        toast.addClassName("hm-reminder-toast");
        var name = "'" + r.title() + "'";
        var text = new Span(text(r));
        text.addClassName("hm-reminder-toast-text");
        var actions = new Div(
                toastAction(toast, "Snooze 10 min", "Snooze " + name + " for 10 minutes", () -> reminders.snooze(r.id(), Snooze.TEN_MINUTES), "Snoozed for 10 minutes"),
                toastAction(toast, "Snooze 1 h", "Snooze " + name + " for 1 hour", () -> reminders.snooze(r.id(), Snooze.ONE_HOUR), "Snoozed for 1 hour"),
                toastAction(toast, "Done", "Done with the reminder of " + name, () -> reminders.done(r.id()), "Reminder cleared"),
                toastAction(toast, "Close", "Close the reminder of " + name, () -> true, null));
        actions.addClassName("hm-reminder-toast-actions");
        toast.add(new Div(text, actions));
        toast.open();
        // the polite region says it once (arrived); the card must not say it a second time
        Announcer.speaksFor(toast);
    }

    private Button toastAction(Notification toast, String label, String name, java.util.function.BooleanSupplier action, String said) {
        var button = new Button(label, e -> {
            var done = action.getAsBoolean();
            toast.close();
            update();
            if (dialog != null && dialog.isOpened()) {
                dialog.refresh();
            }
            if (said != null) {
                Announcer.announce(done ? said : "That reminder was already dealt with elsewhere.");
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(name);
        return button;
    }
}
