package app.helmsman.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.calendar.internal.ConnectionEntity;
import app.helmsman.shared.ui.Announcer;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** The calendar connections section as a person sees and uses it (connect links, state in words, disconnect). */
class ConnectionsSectionViewTest extends CalendarProviderTest {

    @Autowired
    ConfigurableEnvironment environment;

    UUID ada;

    @BeforeEach
    void signedIn() {
        fixtures.admin("root@example.com");
        ada = fixtures.user("ada@example.com");
        signIn("ada@example.com");
    }

    @Test
    void without_connections_it_offers_to_connect_each_configured_provider_with_a_real_link() {
        UI.getCurrent().navigate("calendar-connections");

        assertThat(_get(H1.class).getText()).isEqualTo("Calendar connections");
        assertThat(_get(Anchor.class, spec -> spec.withText("Connect Google Calendar")).getHref()).isEqualTo("calendar/connect/google");
        assertThat(_get(Anchor.class, spec -> spec.withText("Connect Outlook")).getHref()).isEqualTo("calendar/connect/outlook");
        assertThat(_find(ListItem.class)).isEmpty();
    }

    @Test
    void each_connection_shows_its_account_and_state_in_words_and_one_needing_it_offers_reconnecting() {
        store(CalendarProvider.GOOGLE, "ada@gmail.example", true);
        store(CalendarProvider.OUTLOOK, "ada@outlook.example", false);

        UI.getCurrent().navigate("calendar-connections");

        var rows = _find(ListItem.class).stream().map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("Google Calendar (ada@gmail.example)").contains("Needs reconnecting");
        assertThat(rows.get(1)).contains("Outlook (ada@outlook.example)").contains("Connected");
        assertThat(_get(Anchor.class, spec -> spec.withText("Reconnect")).getElement().getAttribute("aria-label"))
                .isEqualTo("Reconnect Google Calendar (ada@gmail.example)");
        assertThat(_find(Button.class, spec -> spec.withText("Disconnect"))).extracting(b -> b.getElement().getAttribute("aria-label"))
                .containsExactly("Disconnect Google Calendar (ada@gmail.example)", "Disconnect Outlook (ada@outlook.example)");
    }

    @Test
    void disconnect_asks_first_then_deletes_the_connection_and_announces_it() {
        store(CalendarProvider.OUTLOOK, "ada@outlook.example", false);
        UI.getCurrent().navigate("calendar-connections");

        _click(_get(Button.class, spec -> spec.withText("Disconnect")));
        var confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("Microsoft offers apps no way to withdraw their own access");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(jdbc.queryForObject("select count(*) from calendar_connections", Integer.class)).isZero();
        assertThat(_find(ListItem.class)).isEmpty();
        assertThat(Announcer.lastMessage(UI.getCurrent())).contains("Outlook (ada@outlook.example) is disconnected; its tokens are deleted.");
    }

    @Test
    void coming_back_from_the_provider_says_how_it_went() {
        UI.getCurrent().navigate("calendar-connections", QueryParameters.of("connected", "google"));
        assertThat(_get(Paragraph.class, spec -> spec.withText("Google Calendar is connected.")).isVisible()).isTrue();

        UI.getCurrent().navigate("calendar-connections", QueryParameters.of("error", "denied"));
        assertThat(Announcer.lastMessage(UI.getCurrent())).contains("Connecting was cancelled at the provider. Nothing was connected.");
    }

    @Test
    void with_calendar_integration_switched_off_nothing_offers_to_connect() {
        var flags = new MapPropertySource("calendar-off", Map.of("FEATURE_CALENDAR_INTEGRATION", "false"));
        environment.getPropertySources().addFirst(flags);
        try {
            UI.getCurrent().navigate("calendar-connections");

            assertThat(_find(Anchor.class, spec -> spec.withText("Connect Google Calendar"))).isEmpty();
            assertThat(_find(Paragraph.class, spec -> spec.withText("Connecting Google Calendar or Outlook is not set up on this Helmsman."))).hasSize(1);
        } finally {
            environment.getPropertySources().remove("calendar-off");
        }
    }

    private void store(CalendarProvider provider, String email, boolean needsReconnecting) {
        var connection = new ConnectionEntity(ada, provider, email, clock.instant());
        connection.grant("scopes", cipher.encrypt("access"), cipher.encrypt("refresh"), clock.instant().plusSeconds(3600));
        if (needsReconnecting) {
            connection.needsReconnecting();
        }
        connections.save(connection);
    }
}
