package app.helmsman.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.TestClock;
import app.helmsman.calendar.FakeProvider;
import app.helmsman.calendar.internal.SyncEngine;
import app.helmsman.calendar.internal.spi.ProviderSources;
import app.helmsman.calendar.internal.spi.ProviderSources.ProviderCalendar;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SyncFailure;
import app.helmsman.shared.ui.Announcer;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CalendarsViewTest extends KaribuTest {

    static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20261201T000000Z\r\n"
            + "DTSTART:20261207T090000Z\r\nDTEND:20261207T100000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    @Autowired
    TestClock clock;
    @Autowired
    FakeProvider provider;
    @Autowired
    ProviderSources providerSources;
    @Autowired
    SyncEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    UUID user;

    @BeforeEach
    void signedIn() {
        clock.set(Instant.parse("2026-12-07T06:00:00Z"));
        user = fixtures.user("ada@example.com");
        signIn("ada@example.com");
        provider.arm();
    }

    @AfterEach
    void disarm() {
        provider.disarm();
    }

    CalendarsView open() {
        UI.getCurrent().navigate("settings/calendars");
        return _get(CalendarsView.class);
    }

    @Test
    void the_page_has_one_heading_and_says_there_are_no_calendars_yet() {
        var view = open();

        assertThat(_find(H1.class)).singleElement().satisfies(h -> assertThat(h.getText()).isEqualTo("Calendars"));
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.feedStatus.getText()).isEqualTo("Your feed is off.");
    }

    @Test
    void an_imported_file_appears_with_its_event_count_and_an_invalid_one_is_refused_with_the_reason() {
        var view = open();

        view.received("Family.ics", ICS.getBytes(StandardCharsets.UTF_8));
        view.received("Broken.ics", "not a calendar".getBytes(StandardCharsets.UTF_8));

        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Family");
        assertThat(view.list.getElement().getTextRecursively()).contains("Imported file").contains("1 event").contains("Up to date");
        assertThat(view.importResult.getText()).startsWith("Nothing was imported.").contains("not a valid calendar");
        assertThat(Announcer.lastMessage(UI.getCurrent())).contains("Nothing was imported.");
    }

    @Test
    void the_last_sync_is_written_in_the_date_and_time_format_of_the_persons_locale() {
        clock.set(Instant.parse("2026-12-07T15:00:00Z"));
        inLocale(java.util.Locale.US);
        open().received("Family.ics", ICS.getBytes(StandardCharsets.UTF_8));
        assertThat(facts()).contains("last synced Dec 7, 2026, 3:00 PM");

        UI.getCurrent().navigate("");
        inLocale(java.util.Locale.UK);
        open();
        assertThat(facts()).contains("last synced 7 Dec 2026, 15:00");

        UI.getCurrent().navigate("");
        inLocale(java.util.Locale.GERMANY);
        open();
        assertThat(facts()).contains("last synced 07.12.2026, 15:00");
    }

    private static void inLocale(java.util.Locale locale) {
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    /** The calendars' facts line as read, with the en-US clock's narrow no-break space as a space. */
    private static String facts() {
        return _get(CalendarsView.class).list.getElement().getTextRecursively().replace('\u202f', ' ');
    }

    @Test
    void a_refused_subscription_keeps_what_was_typed_and_says_why() {
        var view = open();
        setValue(view.subscribeName, "Team");
        setValue(view.subscribeAddress, "ftp://example.com/team.ics");

        _click(view.subscribe);

        assertThat(view.subscribeAddress.isInvalid()).isTrue();
        assertThat(view.subscribeAddress.getErrorMessage()).contains("http://");
        assertThat(view.subscribeAddress.getValue()).isEqualTo("ftp://example.com/team.ics");
        assertThat(view.subscribeName.getValue()).isEqualTo("Team");
    }

    @Test
    void a_provider_calendar_shows_its_health_and_its_toggles_and_a_problem_is_told_once() {
        providerSources.register(user, UUID.randomUUID(), SourceKind.GOOGLE, List.of(new ProviderCalendar("work", "Work", true, true)));
        provider.script("work", new SyncFailure(SyncFailure.Kind.NEEDS_RECONNECTING, "Reconnect Google to keep Work in sync.", null, null));
        engine.round();

        var view = open();

        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.problems.getElement().getTextRecursively()).contains("Work: Reconnect Google");
        assertThat(view.list.getElement().getTextRecursively()).contains("Needs reconnecting").contains("Last problem: Reconnect Google");
        var receives = _get(Checkbox.class, spec -> spec.withLabel("Receives Helmsman's blocks"));
        setValue(receives, true);
        assertThat(jdbc.queryForObject("select receives_blocks from calendar_sources", Boolean.class)).isTrue();
        setValue(_get(Checkbox.class, spec -> spec.withLabel("Counts as busy")), false);
        assertThat(jdbc.queryForObject("select counts_as_busy from calendar_sources", Boolean.class)).isFalse();

        UI.getCurrent().navigate("");
        var again = open();
        assertThat(again.problems.isVisible()).as("told once").isFalse();
    }

    @Test
    void sync_now_and_remove_act_on_the_calendar_and_are_announced() {
        providerSources.register(user, UUID.randomUUID(), SourceKind.GOOGLE, List.of(new ProviderCalendar("work", "Work", true, true)));
        open();

        _click(_find(Button.class).stream().filter(b -> "Sync Work now".equals(b.getAriaLabel().orElse(null))).findFirst().orElseThrow());
        assertThat(Announcer.lastMessage(UI.getCurrent()).strip()).isEqualTo("Work is up to date: 0 events.");

        _click(_find(Button.class).stream().filter(b -> "Remove Work".equals(b.getAriaLabel().orElse(null))).findFirst().orElseThrow());
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        MockVaadin.clientRoundtrip(false);

        assertThat(jdbc.queryForObject("select count(*) from calendar_sources", Integer.class)).isZero();
        assertThat(Announcer.lastMessage(UI.getCurrent())).startsWith("Work removed.");
    }

    @Test
    void the_feed_address_is_shown_once_when_made_and_can_be_turned_off() {
        var view = open();

        _click(view.newFeed);

        assertThat(view.feedAddress.isVisible()).isTrue();
        assertThat(view.feedAddress.getValue()).matches(".*/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(view.feedStatus.getText()).startsWith("Your feed is on since");
        _click(view.feedOff);
        assertThat(view.feedAddress.isVisible()).isFalse();
        assertThat(view.feedStatus.getText()).isEqualTo("Your feed is off.");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Your feed address"))).allSatisfy(f -> assertThat(f.isVisible()).isFalse());
    }
}
