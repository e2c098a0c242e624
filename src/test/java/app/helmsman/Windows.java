package app.helmsman;

import static org.awaitility.Awaitility.await;

import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/** Karibu helpers for tests with more than one window (UI) in the same browser session. */
public final class Windows {

    /** One topic for every marker (it is a metrics tag); the random recipient keeps markers apart. */
    private static final String MARKER_TOPIC = "test-marker";
    /** Far longer than any delivery or answer takes; only reached when one is really lost. */
    private static final Duration DEADLINE = Duration.ofSeconds(10);

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

    /**
     * Waits until every hint published so far has been delivered to the views, as a push would deliver it.
     * A marker hint is published after them to the current UI; the single flush thread of
     * {@link LiveUpdates} hands batches to {@code ui.access} in order, so once the marker has run (by
     * running the queued {@code ui.access} tasks in this thread) everything published before it has too.
     * A check that something did NOT arrive is therefore made after a positive signal, not after a pause.
     */
    public static void awaitDelivery(LiveUpdates live) {
        var marker = UUID.randomUUID(); // a recipient of its own, so the marker never reaches a real listener
        var arrived = new AtomicBoolean();
        var registration = live.subscribe(UI.getCurrent(), marker, Set.of(MARKER_TOPIC), hints -> arrived.set(true));
        try {
            live.publishAfterCommit(LiveHint.forUser(MARKER_TOPIC, marker, Set.of(), "", null, Instant.now()));
            runPendingUntil("the marker hint sent after everything else to arrive", arrived::get);
        } finally {
            registration.remove();
        }
    }

    /**
     * Runs the session's queued {@code ui.access} tasks, as a push would, until the condition holds (results
     * that arrive from other threads); fails with {@code what} if it does not hold within ten seconds.
     */
    public static void runPendingUntil(String what, BooleanSupplier done) {
        await(what)
                .atMost(DEADLINE)
                .pollInSameThread() // Karibu: the session lock and UI.getCurrent() belong to the test thread
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    MockVaadin.clientRoundtrip(false);
                    return done.getAsBoolean();
                });
    }

    /** A new Karibu window served by the given application instance (another replica), signed in as the person. */
    public static UI on(org.springframework.context.ApplicationContext instance, org.springframework.security.core.Authentication authentication) {
        MockVaadin.setup(UI::new, new com.github.mvysny.kaributesting.v10.spring.MockSpringServlet(
                new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("app.helmsman"), instance, UI::new));
        var request = (com.github.mvysny.fakeservlet.FakeRequest) com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> "USER".equals(role));
        // a British browser, as in KaribuTest: times read "15:00" (DateFormats follows the browser's locale)
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.UK);
        UI.getCurrent().setLocale(java.util.Locale.UK);
        return UI.getCurrent();
    }
}
