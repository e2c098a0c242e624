package app.helmsman.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomListenerRegistration;

/**
 * Keyboard shortcuts as {@code keydown} listeners with a client-side filter, so the browser only sends
 * the keys a view asked for. Plain-key shortcuts ({@code q}, {@code j}, {@code x}, ...) never fire while
 * the person types in a field; shortcuts with Ctrl (or Cmd) also work from a field.
 *
 * <p>Vaadin dispatches a DOM event only to the listeners whose filter the client reported as true, so
 * a test can press a key by firing {@code keydown} with {@link #claimed}({@link #plainFilter}(key)) (and
 * friends) mapped to {@code true}; {@code KaribuTest.press} does that.
 */
public final class Keys {

    /** True when the key press comes from something the person types into. */
    private static final String NOT_TYPING = "!(function(t){return !!t && (t.isContentEditable || ['INPUT','TEXTAREA','SELECT'].includes(t.tagName)"
            + " || (t.getAttribute && t.getAttribute('role') === 'textbox'));})(event.composedPath()[0])";

    private Keys() {
    }

    /**
     * A key without Ctrl, Alt or Meta (Shift allowed, so {@code ?} works), ignored while typing.
     *
     * @param key the {@code KeyboardEvent.key} value, e.g. {@code "q"}, {@code "/"}, {@code "Delete"}
     */
    public static DomListenerRegistration plain(Component scope, String key, Runnable action) {
        return listen(scope, plainFilter(key), action);
    }

    /** Ctrl+key (or Cmd+key on a Mac), also from inside a field. */
    public static DomListenerRegistration ctrl(Component scope, String key, Runnable action) {
        return listen(scope, ctrlFilter(key), action);
    }

    /** Alt+key (e.g. Alt+ArrowUp to move a row), ignored while typing. */
    public static DomListenerRegistration alt(Component scope, String key, Runnable action) {
        return listen(scope, altFilter(key), action);
    }

    public static String plainFilter(String key) {
        return keyIs(key) + " && !event.ctrlKey && !event.altKey && !event.metaKey && " + NOT_TYPING;
    }

    public static String ctrlFilter(String key) {
        return keyIs(key) + " && (event.ctrlKey || event.metaKey) && !event.altKey";
    }

    public static String altFilter(String key) {
        return keyIs(key) + " && event.altKey && !event.ctrlKey && !event.metaKey && " + NOT_TYPING;
    }

    /** The filter as sent to the browser: true, and the browser default prevented, when it matches. */
    public static String claimed(String filter) {
        return "((" + filter + ") && (event.preventDefault(), true))";
    }

    private static String keyIs(String key) {
        if (key.isEmpty() || key.contains("'") || key.contains("\\")) {
            throw new IllegalArgumentException("unsupported key: " + key);
        }
        // Letters match either case, so Caps Lock does not break a shortcut.
        return key.length() == 1 && Character.isLetter(key.charAt(0))
                ? "event.key.toLowerCase() === '" + key.toLowerCase() + "'"
                : "event.key === '" + key + "'";
    }

    private static DomListenerRegistration listen(Component scope, String filter, Runnable action) {
        // The filter calls preventDefault itself, only for the keys it accepts: every other key press
        // (typing a "q" into a field, Tab, arrows) keeps its browser default.
        return scope.getElement().addEventListener("keydown", event -> action.run()).setFilter(claimed(filter));
    }
}
