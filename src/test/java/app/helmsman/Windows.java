package app.helmsman;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/** Karibu helpers for tests with more than one window (UI) in the same browser session. */
public final class Windows {

    private Windows() {
    }

    /** A second UI in the current session, as a second tab of the same person would have. */
    public static UI another() {
        var session = VaadinSession.getCurrent();
        var current = UI.getCurrent();
        var ui = new UI();
        ui.getInternals().setSession(session);
        ui.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT");
        session.addUI(ui);
        UI.setCurrent(current);
        return ui;
    }

    /** Waits past the coalescing window, then runs the queued {@code ui.access} tasks as a push would. */
    public static void awaitDelivery() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        MockVaadin.clientRoundtrip(false);
    }
}
