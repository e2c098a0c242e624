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

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Helmsman");
        settings.addMetaTag("description", "Helmsman: a calm, ADHD-friendly task manager");
        settings.addFavIcon("icon", "icons/helmsman.svg", "any");
        settings.addInlineWithContents(TargetElement.BODY, Inline.Position.APPEND, CONNECTION_STATUS, Inline.Wrapping.JAVASCRIPT);
    }
}
