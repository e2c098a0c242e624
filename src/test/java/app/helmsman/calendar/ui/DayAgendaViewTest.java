package app.helmsman.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.TestClock;
import app.helmsman.calendar.CalendarService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DayAgendaViewTest extends KaribuTest {

    static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\n"
            + "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:20261207T090000Z\r\nDTEND:20261207T100000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20261201T000000Z\r\nDTSTART;VALUE=DATE:20261207\r\nTRANSP:TRANSPARENT\r\nSUMMARY:Holiday\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:c\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:20261209T140000Z\r\nDTEND:20261209T150000Z\r\nSUMMARY:Review\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n";

    @Autowired
    TestClock clock;
    @Autowired
    CalendarService calendars;

    @BeforeEach
    void signedIn() {
        clock.set(Instant.parse("2026-12-07T06:00:00Z"));
        var user = fixtures.user("ada@example.com");
        fixtures.timeZone(user, "Europe/Berlin");
        signIn("ada@example.com");
    }

    @Test
    void today_lists_the_days_events_with_times_apart_from_the_tasks() {
        calendars.importFile("Family.ics", new ByteArrayInputStream(ICS.getBytes(StandardCharsets.UTF_8)));

        UI.getCurrent().navigate("today/list");

        var panel = _find(DayAgenda.Panel.class);
        assertThat(panel).singleElement().satisfies(p -> {
            assertThat(p.isVisible()).isTrue();
            assertThat(p.getElement().getTextRecursively()).contains("From your calendar").contains("All day").contains("Holiday")
                    .contains("Family, free").contains("10:00–11:00").contains("Dentist").doesNotContain("Review");
        });
        assertThat(_find(H2.class)).extracting(H2::getText).contains("From your calendar");
    }

    @Test
    void upcoming_lists_the_next_days_events_under_their_day() {
        calendars.importFile("Family.ics", new ByteArrayInputStream(ICS.getBytes(StandardCharsets.UTF_8)));

        UI.getCurrent().navigate("upcoming");

        assertThat(_find(DayAgenda.Panel.class)).singleElement().satisfies(p -> assertThat(p.getElement().getTextRecursively())
                .contains("Wednesday 9 December").contains("15:00–16:00").contains("Review").doesNotContain("Dentist"));
    }

    @Test
    void without_events_nothing_of_the_calendar_is_shown() {
        UI.getCurrent().navigate("");

        assertThat(_find(DayAgenda.Panel.class)).allSatisfy(p -> assertThat(p.isVisible()).isFalse());
    }
}
