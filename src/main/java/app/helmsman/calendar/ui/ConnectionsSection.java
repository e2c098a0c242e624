package app.helmsman.calendar.ui;

import app.helmsman.calendar.CalendarConnection;
import app.helmsman.calendar.CalendarConnectionNotFoundException;
import app.helmsman.calendar.CalendarConnectionService;
import app.helmsman.calendar.CalendarProvider;
import app.helmsman.calendar.ConnectionState;
import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Google Calendar and Outlook connections in Settings: each connection with its account and state in words, a
 * Disconnect button (confirmed), Reconnect for one that needs it, and a Connect link per provider this installation
 * offers (full-page navigation to the provider's consent page and back). Shows nothing it cannot do.
 */
public class ConnectionsSection extends Section {

    final UnorderedList list = new UnorderedList();
    final Div connect = new Div();
    final Paragraph status = new Paragraph();
    private final CalendarConnectionService service;

    public ConnectionsSection(CalendarConnectionService service) {
        this.service = service;
        addClassName("hm-settings-section");
        setId("calendar-connections");
        list.addClassName("hm-calendar-connections");
        list.getElement().setAttribute("aria-label", "Connected calendars");
        connect.addClassName("hm-form-actions");
        status.setVisible(false);
        add(new H2("Calendar connections"), status, list, connect);
        refresh();
    }

    /** Shows (and announces once) how a connect attempt that just returned from the provider went. */
    public void showOutcome(String connected, String error) {
        String message = null;
        if (connected != null) {
            var provider = connected.startsWith("outlook") ? CalendarProvider.OUTLOOK : CalendarProvider.GOOGLE;
            message = provider.label() + " is connected." + (connected.endsWith("-unlisted")
                    ? " Its calendars could not be listed yet; Helmsman tries again with the next sync." : "");
        } else if (error != null) {
            message = switch (error) {
                case "denied" -> "Connecting was cancelled at the provider. Nothing was connected.";
                case "state" -> "That connection attempt had expired or was not started here. Please connect again.";
                case "unavailable" -> "This calendar cannot be connected on this Helmsman.";
                default -> "Connecting did not work. Nothing was connected; please try again.";
            };
        }
        if (message != null) {
            status.setText(message);
            status.setVisible(true);
            Announcer.announce(message);
        }
    }

    void refresh() {
        list.removeAll();
        var connections = service.connections();
        for (var connection : connections) {
            list.add(row(connection));
        }
        list.setVisible(!connections.isEmpty());
        connect.removeAll();
        var providers = service.connectableProviders();
        for (var provider : providers) {
            var link = new Anchor("calendar/connect/" + provider.slug(), "Connect " + provider.label());
            link.setRouterIgnore(true);
            link.addClassName("hm-button-link");
            connect.add(link);
        }
        if (providers.isEmpty() && connections.isEmpty()) {
            connect.add(new Paragraph("Connecting Google Calendar or Outlook is not set up on this Helmsman."));
        } else if (connections.isEmpty()) {
            connect.add(new Paragraph("Helmsman reads your events to plan around them and can add your planned blocks to one calendar. "
                    + "You choose on the provider's page; you can disconnect at any time."));
        }
    }

    private ListItem row(CalendarConnection connection) {
        var name = connection.provider().label() + " (" + connection.accountEmail() + ")";
        var state = new Span(connection.state() == ConnectionState.CONNECTED ? "Connected" : "Needs reconnecting: the provider no longer accepts Helmsman's access");
        state.addClassName("hm-connection-state");
        var item = new ListItem(new Span(name), new Span(" - "), state);
        if (connection.state() == ConnectionState.NEEDS_RECONNECTING && service.connectableProviders().contains(connection.provider())) {
            var reconnect = new Anchor("calendar/connect/" + connection.provider().slug(), "Reconnect");
            reconnect.setRouterIgnore(true);
            reconnect.getElement().setAttribute("aria-label", "Reconnect " + name);
            item.add(new Span(" "), reconnect);
        }
        var disconnect = new Button("Disconnect", e -> confirmDisconnect(connection, name));
        disconnect.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        disconnect.setAriaLabel("Disconnect " + name);
        item.add(new Span(" "), disconnect);
        return item;
    }

    private void confirmDisconnect(CalendarConnection connection, String name) {
        var what = connection.revocable()
                ? "Helmsman withdraws its access at Google and deletes its tokens. Events from this account leave your plan."
                : "Microsoft offers apps no way to withdraw their own access: Helmsman deletes its tokens, and you can also remove Helmsman "
                        + "from your Microsoft account (Privacy, Apps and services). Events from this account leave your plan.";
        var dialog = new ConfirmDialog("Disconnect " + name + "?", what, "Disconnect", ok -> disconnect(connection));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void disconnect(CalendarConnection connection) {
        String message;
        try {
            var revoked = service.disconnect(connection.id());
            message = connection.provider().label() + " (" + connection.accountEmail() + ") is disconnected; its tokens are deleted."
                    + (connection.revocable() && !revoked ? " Google could not be reached to withdraw the access; you can remove Helmsman in your Google account." : "");
        } catch (CalendarConnectionNotFoundException e) {
            message = "That connection was already removed.";
        }
        refresh();
        status.setText(message);
        status.setVisible(true);
        Announcer.announce(message);
        connect.getChildren().filter(c -> c instanceof Anchor).findFirst().ifPresent(c -> ((Anchor) c).getElement().callJsFunction("focus"));
    }
}
