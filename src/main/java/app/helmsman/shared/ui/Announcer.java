package app.helmsman.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;

/**
 * The one polite live region of a page. Views call {@link #announce(String)} to tell screen-reader users
 * about something that happened without their focus moving there (saved, updated elsewhere, errors).
 */
public final class Announcer extends Div {

    private boolean toggle;

    Announcer() {
        setId("announcer");
        addClassName("visually-hidden");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    /** Creates the UI's announcer (add it to the page) so that {@link #announce(String)} finds it. */
    public static Announcer install(UI ui) {
        var announcer = new Announcer();
        ComponentUtil.setData(ui, Announcer.class, announcer);
        return announcer;
    }

    /** Announces a short message in the current UI, if it has an announcer. */
    public static void announce(String message) {
        var ui = UI.getCurrent();
        if (ui != null) {
            announce(ui, message);
        }
    }

    /** Announces a short message in the given UI (call inside {@code ui.access} from other threads). */
    public static void announce(UI ui, String message) {
        var announcer = ComponentUtil.getData(ui, Announcer.class);
        if (announcer != null) {
            // A changed text is what makes screen readers speak again, even for the same message twice.
            announcer.toggle = !announcer.toggle;
            announcer.setText(message + (announcer.toggle ? "" : "\u00a0"));
        }
    }

    /**
     * Makes a notification that repeats an announced message a plain popup: Vaadin's card is a live region of its own
     * (role alert), so the message would be spoken twice (issue 17). Call after {@code open()}.
     */
    public static void speaksFor(Notification notification) {
        notification.getElement().executeJs("""
                this.updateComplete.then(() => this._card && this._card.updateComplete).then(() => {
                  if (this._card) { this._card.removeAttribute('role'); this._card.removeAttribute('aria-live'); }
                })""");
    }

    /** The last message announced in this UI, for tests. */
    public static String lastMessage(UI ui) {
        var announcer = ComponentUtil.getData(ui, Announcer.class);
        // without the no-break space that makes a repeated message speak again (strip() keeps it)
        return announcer == null ? "" : announcer.getText().replace("\u00a0", "").strip();
    }
}
