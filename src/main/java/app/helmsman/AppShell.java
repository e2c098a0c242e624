package app.helmsman;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
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

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Helmsman");
        settings.addMetaTag("description", "Helmsman: a calm, ADHD-friendly task manager");
        settings.addFavIcon("icon", "icons/helmsman.svg", "any");
    }
}
