package app.helmsman.focus.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.focus.FocusService;
import app.helmsman.focus.FocusSession;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.ShellContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The small timer in the header while a focus session runs or is paused, on every view but Focus itself: a link
 * back to the focus view whose accessible name says the time in words ("Focus on 'Write the plan': 18 minutes
 * left"), changed by the browser at most once a minute. It follows the session in every window through live hints.
 */
@SpringComponent
@UIScope
class FocusHeader implements ShellContribution {

    final HeaderTimer link = new HeaderTimer();
    private final FocusService focus;
    private final LiveUpdates live;
    private final SignedInUser signedIn;
    private final Clock clock;
    private boolean onFocusView;
    private FocusSession session;

    FocusHeader(FocusService focus, LiveUpdates live, SignedInUser signedIn, Clock clock) {
        this.focus = focus;
        this.live = live;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    @StyleSheet("styles/focus.css")
    static class HeaderTimer extends Anchor {
        final Span label = new Span("Focus");
        final Span clock = new Span();

        HeaderTimer() {
            super("focus");
            addClassName("hm-focus-header");
            clock.addClassName("hm-timer-clock");
            clock.getElement().setAttribute("aria-hidden", "true");
            label.getElement().setAttribute("aria-hidden", "true");
            add(label, clock);
            setVisible(false);
        }
    }

    @Override
    public List<Component> headerActions() {
        return List.of(link);
    }

    @Override
    public Registration attach(UI ui) {
        var registrations = new ArrayList<Registration>();
        registrations.add(ui.addAfterNavigationListener(e -> {
            onFocusView = "focus".equals(e.getLocation().getPath());
            show();
        }));
        signedIn.id().ifPresent(owner -> registrations.add(live.subscribe(ui, owner, Set.of(FocusService.LIVE_TOPIC), hints -> refresh())));
        refresh();
        return () -> registrations.forEach(Registration::remove);
    }

    void refresh() {
        session = signedIn.id().isPresent() ? focus.current().orElse(null) : null;
        show();
    }

    private void show() {
        link.setVisible(session != null && !onFocusView);
        if (session == null) {
            return;
        }
        var now = clock.instant();
        var element = link.getElement();
        var prefix = "Focus on '" + session.taskTitle() + "': ";
        var suffix = ". Open focus";
        element.setAttribute("data-prefix", prefix);
        element.setAttribute("data-suffix", suffix);
        element.setAttribute("aria-label", prefix + session.inWords(now) + suffix);
        link.label.setText(session.paused() ? "Paused" : "Focus");
        link.clock.setText(TimerScript.digits(session, now));
        TimerScript.show(element, session, now);
    }
}
