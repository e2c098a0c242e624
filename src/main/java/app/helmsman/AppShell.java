package app.helmsman;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Push for live updates, Lumo plus Helmsman's own plain CSS (no npm build: ADR 0001).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@StyleSheet("styles/views.css")
@StyleSheet("styles/details.css")
@StyleSheet("styles/dataio.css")
@StyleSheet("styles/reminders.css")
@StyleSheet("styles/assistui.css")
@StyleSheet("styles/planner.css")
@StyleSheet("styles/calendar.css")
@Meta(name = "color-scheme", content = "light dark")
public class AppShell implements AppShellConfigurator {

    /**
     * Vaadin's connection indicator ("Online", "Connection lost") sits in {@code <body>}, outside every landmark
     * (issue 17). Created here before Vaadin creates its own, it is a status region: the lost and reconnecting
     * messages are spoken, and styles.css hides "Online" while nothing is wrong.
     */
    static final String CONNECTION_STATUS = """
            (() => { const v = window.Vaadin = window.Vaadin || {};
              if (!v.connectionIndicator) { v.connectionIndicator = document.body.appendChild(document.createElement('vaadin-connection-indicator')); }
              v.connectionIndicator.setAttribute('role', 'status'); })();""";

    /**
     * Vaadin's Push client (Atmosphere, in {@code vaadinPush-min.js}) closes its connection on the window's
     * {@code unload} event: a deprecated event (Lighthouse "Uses deprecated APIs") that also keeps the page out
     * of the back/forward cache. Before any script runs, this sends every {@code unload} listener on the window
     * to {@code pagehide}, which fires when the page is left as well; a page restored from the back/forward
     * cache (its Push connection closed by then) is reloaded. ADR 0030.
     */
    static final String UNLOAD_TO_PAGEHIDE = """
            (() => { const add = window.addEventListener, remove = window.removeEventListener;
              const type = t => t === 'unload' ? 'pagehide' : t;
              window.addEventListener = function (t, listener, options) { return add.call(this, type(t), listener, options); };
              window.removeEventListener = function (t, listener, options) { return remove.call(this, type(t), listener, options); };
              add.call(window, 'pageshow', event => { if (event.persisted) { location.reload(); } }); })();""";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(TargetElement.HEAD, Inline.Position.PREPEND, UNLOAD_TO_PAGEHIDE, Inline.Wrapping.JAVASCRIPT);
        settings.setPageTitle("Helmsman");
        settings.addMetaTag("description", "Helmsman: a calm, ADHD-friendly task manager");
        settings.addFavIcon("icon", "icons/helmsman.svg", "any");
        settings.addInlineWithContents(TargetElement.BODY, Inline.Position.APPEND, CONNECTION_STATUS, Inline.Wrapping.JAVASCRIPT);
    }
}
