package app.helmsman.focus.ui;

import app.helmsman.focus.FocusSession;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/**
 * The focus view's timer: a label ("Focus", "Break"), the digits (role {@code timer}: screen readers read them
 * when asked, never on every tick) with the time in words beside them, and a bar that fills as a countdown runs
 * (decoration only; it does not move with reduced motion).
 */
class TimerDisplay extends Div {

    final Span label = new Span();
    final Span clock = new Span();
    final Span words = new Span();
    private final Div fill = new Div();
    private FocusSession session;
    private Instant shownAt;

    TimerDisplay() {
        addClassName("hm-timer");
        label.addClassName("hm-timer-label");
        clock.addClassName("hm-timer-clock");
        clock.getElement().setAttribute("role", "timer");
        words.addClassName("hm-timer-words");
        var bar = new Div(fill);
        bar.addClassName("hm-timer-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        fill.addClassName("hm-timer-fill");
        add(label, clock, words, bar);
    }

    void show(FocusSession session, Instant now) {
        this.session = session;
        this.shownAt = now;
        var dial = session.dial(now);
        label.setText(dial.label());
        clock.setText(TimerScript.digits(session, now));
        words.setText(session.inWords(now));
        TimerScript.show(getElement(), session, now);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (session != null && !event.isInitialAttach()) {
            TimerScript.show(getElement(), session, shownAt);
        }
    }
}
