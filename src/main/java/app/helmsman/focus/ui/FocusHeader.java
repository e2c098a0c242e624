package app.helmsman.focus.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.focus.FocusService;
import app.helmsman.focus.FocusSession;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.ShellContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The small timer in the header while a focus session runs or is paused, on every view but Focus itself: a link
 * back to the focus view whose accessible name says the time in words ("Focus on 'Write the plan': 18 minutes
 * left"), changed by the browser at most once a minute. It follows the session in every window through live hints.
 * While the focus view is not open, the header tells the session's milestones ("5 minutes left", the break, the
 * hyperfocus check) itself, once each, in a toast and the polite live region: the break reminder matters most
 * when the person has wandered off to other work. Milestones that passed before this page showed the session
 * (or while the focus view told them) are not news.
 */
@SpringComponent
@UIScope
class FocusHeader implements ShellContribution {

    static final int TOAST_MILLIS = 10_000;

    final HeaderTimer link = new HeaderTimer();
    private final FocusService focus;
    private final LiveUpdates live;
    private final SignedInUser signedIn;
    private final Clock clock;
    private final MilestoneAlarm alarm;
    private final Set<String> told = new HashSet<>();
    private boolean onFocusView;
    private FocusSession session;
    private UI ui;
    private Registration alarmRegistration;
    /** The session this page last showed in the header (null while it showed none or the focus view was open). */
    private UUID shownSession;

    FocusHeader(FocusService focus, LiveUpdates live, SignedInUser signedIn, Clock clock, MilestoneAlarm alarm) {
        this.focus = focus;
        this.live = live;
        this.signedIn = signedIn;
        this.clock = clock;
        this.alarm = alarm;
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
        this.ui = ui;
        var registrations = new ArrayList<Registration>();
        registrations.add(this::cancelAlarm);
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

    /** Tells the milestones whose time has come (once each, the latest in words) and waits for the next one. */
    void checkMilestones() {
        if (session == null || onFocusView) {
            return;
        }
        var now = clock.instant();
        var due = session.milestones().stream().filter(m -> !m.at().isAfter(now) && !told.contains(m.key())).toList();
        due.forEach(m -> told.add(m.key()));
        if (!due.isEmpty()) {
            var message = "Focus on '" + session.taskTitle() + "': " + due.getLast().message();
            var toast = new Notification(message, TOAST_MILLIS, Notification.Position.BOTTOM_END);
            toast.addClassName("hm-focus-toast");
            toast.open();
            // the polite region below says it once; the card must not say it a second time
            Announcer.speaksFor(toast);
            Announcer.announce(ui, message);
        }
        show();
    }

    private void show() {
        var visible = session != null && !onFocusView;
        link.setVisible(visible);
        if (visible && !session.id().equals(shownSession)) {
            // what passed before this page showed the session, or while the focus view told it, is not news here
            var now = clock.instant();
            session.milestones().stream().filter(m -> !m.at().isAfter(now)).forEach(m -> told.add(m.key()));
        }
        shownSession = visible ? session.id() : null;
        scheduleNextMilestone();
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

    private void scheduleNextMilestone() {
        cancelAlarm();
        if (session == null || onFocusView || ui == null) {
            return;
        }
        session.milestones().stream().filter(m -> !told.contains(m.key())).findFirst()
                .ifPresent(next -> alarmRegistration = alarm.at(ui, next.at(), this::checkMilestones));
    }

    private void cancelAlarm() {
        if (alarmRegistration != null) {
            alarmRegistration.remove();
            alarmRegistration = null;
        }
    }
}
