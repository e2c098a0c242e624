package app.helmsman.focus.ui;

import app.helmsman.focus.FocusSession;
import com.vaadin.flow.dom.Element;
import java.time.Instant;

/**
 * The browser side of a timer (ADR 0018): the server sends where the dial is anchored and the browser ticks the
 * digits (and a progress bar) once a second on its own, so nothing is pushed per second. The accessible name, when
 * asked for, changes at most once a minute. The server's clock is the truth: the script corrects the browser's
 * clock by the difference seen when it was installed.
 */
final class TimerScript {

    private static final String SCRIPT = """
            const el = this;
            const offset = $0 - Date.now();
            clearInterval(el._hmTimer);
            const words = (ms, down) => {
              const total = down ? Math.ceil(ms / 60000) : Math.floor(ms / 60000);
              const h = Math.floor(total / 60), m = total % 60;
              const mins = m === 1 ? '1 minute' : m + ' minutes';
              const text = h === 0 ? mins : (h === 1 ? '1 hour' : h + ' hours') + (m === 0 ? '' : ' ' + mins);
              return text + (down ? ' left' : ' focused');
            };
            const render = () => {
              if (!el.isConnected) { clearInterval(el._hmTimer); return; }
              const d = el.dataset;
              if (!d.anchor) { return; }
              const down = d.down === 'true';
              const now = Date.now() + offset;
              let ms = down ? +d.anchor - now : now - +d.anchor;
              if (ms < 0) { ms = 0; }
              const s = Math.floor((down ? ms + 999 : ms) / 1000);
              const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
              const text = (h ? h + ':' + String(m).padStart(2, '0') : String(m)) + ':' + String(sec).padStart(2, '0');
              const clock = el.querySelector('.hm-timer-clock');
              if (clock && clock.textContent !== text) { clock.textContent = text; }
              const fill = el.querySelector('.hm-timer-fill');
              if (fill && +d.total > 0) { fill.style.width = Math.max(0, Math.min(100, 100 * (1 - ms / +d.total))) + '%'; }
              const minute = down ? Math.ceil(ms / 60000) : Math.floor(ms / 60000);
              if (el._hmMinute !== minute) {
                el._hmMinute = minute;
                const said = down && ms === 0 ? d.over : (d.lead || '') + words(ms, down);
                const inWords = el.querySelector('.hm-timer-words');
                if (inWords) { inWords.textContent = said; }
                if (d.prefix !== undefined) { el.setAttribute('aria-label', d.prefix + said + (d.suffix || '')); }
              }
            };
            render();
            el._hmTimer = setInterval(render, 1000);""";

    private TimerScript() {
    }

    /** Puts the dial of the session on the element (its children with the classes the script fills) and starts ticking. */
    static void show(Element element, FocusSession session, Instant now) {
        var dial = session.dial(now);
        element.setAttribute("data-anchor", Long.toString(dial.anchor().toEpochMilli()));
        element.setAttribute("data-down", Boolean.toString(dial.countsDown()));
        element.setAttribute("data-total", dial.total() == null ? "0" : Long.toString(dial.total().toMillis()));
        element.setAttribute("data-lead", session.wordsLead());
        element.setAttribute("data-over", session.wordsWhenOver());
        element.executeJs(SCRIPT, now.toEpochMilli());
    }

    /** Digits as the server sees them at {@code now} (the browser takes over from there). */
    static String digits(FocusSession session, Instant now) {
        var dial = session.dial(now);
        var ms = dial.countsDown() ? dial.anchor().toEpochMilli() - now.toEpochMilli() : now.toEpochMilli() - dial.anchor().toEpochMilli();
        var seconds = Math.max(0, dial.countsDown() ? (ms + 999) / 1000 : ms / 1000);
        var h = seconds / 3600;
        var m = (seconds % 3600) / 60;
        var s = seconds % 60;
        return (h > 0 ? h + ":" + String.format("%02d", m) : Long.toString(m)) + ":" + String.format("%02d", s);
    }
}
