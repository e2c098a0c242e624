package app.helmsman.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

/**
 * Keeps keyboard focus somewhere useful after a dialog closes. A dialog gives focus back to whatever had it
 * before it opened; when that element is gone (the row just deleted) or moved (a list re-laid out under it),
 * focus falls to {@code <body>} and a keyboard user starts again from the top of the page.
 */
public final class Focus {

    /** Frames (about one second) during which focus that fell to the page body is put back; longer than a dialog's closing animation. */
    private static final int FRAMES = 60;
    /** Frames (about a sixth of a second) in which a dialog that opens may still move focus by itself. */
    private static final int OPEN_FRAMES = 10;
    /** Frames (about two seconds) during which a notice keeps focus clear of itself: its opening, a dialog's closing. */
    private static final int NOTICE_FRAMES = 120;

    private Focus() {
    }

    /**
     * After the dialogs of this window have closed, if focus fell to the page body, focuses the first element that
     * matches one of {@code selectors} (in order), or else the main landmark. Never takes focus from an element
     * the person has moved to.
     */
    public static void rescue(UI ui, String... selectors) {
        ui.getPage().executeJs("""
                const selectors = $0.split('\\n').filter(s => !!s); let frames = 0;
                const lost = () => !document.activeElement || document.activeElement === document.body;
                const step = () => {
                  if (!document.querySelector('vaadin-dialog[opened], vaadin-confirm-dialog[opened]') && lost()) {
                    const target = selectors.map(s => document.querySelector(s)).find(e => !!e) || document.getElementById($1);
                    if (target) { target.focus(); }
                  }
                  if (++frames < $2) { requestAnimationFrame(step); }
                };
                requestAnimationFrame(step);""", String.join("\n", selectors), MainLayout.MAIN_ID, FRAMES);
    }

    /**
     * Focuses the element matching {@code selector} inside a dialog that has just opened, over the dialog's own
     * choice (a confirm dialog focuses its confirm button): for the first frames after opening.
     */
    public static void onOpen(Component dialog, String selector) {
        dialog.getElement().executeJs("""
                let frames = 0;
                const step = () => {
                  const target = this.querySelector($0);
                  if (target && this.opened) { target.focus(); }
                  if (++frames < $1) { requestAnimationFrame(step); }
                };
                requestAnimationFrame(step);""", selector, OPEN_FRAMES);
    }

    /**
     * Keeps the focused element clear of a notice at the top of the window (Undo, "Task added"): when the open
     * notice's card covers it, as a row at the top of a scrolled list, the page scrolls it down below the card.
     * Watched for the first frames, until a dialog that closed has given focus back. Focus inside the notice or in
     * a dialog is left alone.
     */
    public static void clearOf(Notification notice) {
        notice.getElement().executeJs("""
                let frames = 0;
                const step = () => {
                  const card = this._card, a = document.activeElement;
                  if (this.opened && card && card.isConnected && !card.hasAttribute('opening') && a && a !== document.body
                      && !card.contains(a) && !a.closest('vaadin-dialog, vaadin-confirm-dialog')
                      && !document.querySelector('vaadin-dialog[opened], vaadin-confirm-dialog[opened]')) {
                    const c = card.getBoundingClientRect(), r = a.getBoundingClientRect();
                    if (c.left < r.right && r.left < c.right && c.top < r.bottom && r.top < c.bottom) {
                      window.scrollBy({ top: r.top - c.bottom - 8, behavior: 'instant' });
                    }
                  }
                  if (++frames < $0) { requestAnimationFrame(step); }
                };
                requestAnimationFrame(step);""", NOTICE_FRAMES);
    }
}
