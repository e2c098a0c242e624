package app.helmsman.reminders.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

/** What a toast says: its text, or the words of a reminder's toast (which also holds snooze and done). */
public final class Toasts {

    private Toasts() {
    }

    public static String text(Notification toast) {
        var words = _find(toast, Span.class, spec -> spec.withClasses("hm-reminder-toast-text"));
        return words.isEmpty() ? toast.getElement().getProperty("text") : words.getFirst().getText();
    }
}
