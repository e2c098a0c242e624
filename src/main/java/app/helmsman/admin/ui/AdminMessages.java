package app.helmsman.admin.ui;

import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What the console says after an action (shown and announced once), and how it writes times. */
final class AdminMessages {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    static void done(String message) {
        Announcer.speaksFor(Notification.show(message)); // said once, by the announcer below
        Announcer.announce(message);
    }

    static String time(Instant instant) {
        return instant == null ? "never" : TIME.format(instant);
    }

    private AdminMessages() {
    }
}
