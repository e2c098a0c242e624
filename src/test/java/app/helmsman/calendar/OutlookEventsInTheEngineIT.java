package app.helmsman.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.calendar.internal.BlockMirror;
import app.helmsman.calendar.internal.SyncEngine;
import app.helmsman.planner.BusyTimeSource;
import app.helmsman.planner.BusyTimeSource.BusyTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Outlook answers through the sync engine: Graph's delta pages carry no open extensions, so Helmsman's own events are
 * recognised by the block mapping; all-day events (midnight UTC, as Helmsman asks for UTC) become the person's days.
 */
class OutlookEventsInTheEngineIT extends CalendarProviderTest {

    static final String DELTA = "/v1.0/me/calendars/%s/calendarView/delta(\\(\\))?";
    static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    @Autowired
    SyncEngine engine;
    @Autowired
    BlockMirror mirror;
    @Autowired
    FakeProvider fake;
    @Autowired
    @Qualifier("calendarBusyTime")
    BusyTimeSource busyTime;

    @Test
    void an_event_helmsman_wrote_is_recognised_by_its_mapping_on_a_delta_page_without_extensions() {
        clock.set(NOW);
        fake.disarm();
        connected("ada@example.com", CalendarProvider.OUTLOOK);
        var ada = jdbc.queryForObject("select id from users where email = 'ada@example.com'", UUID.class);
        var target = sourceId("cal-1");
        var blockId = UUID.randomUUID();
        mirror.saveMapping(ada, new BlockMirror.Mapping(blockId, target, "written-by-helmsman", Instant.parse("2026-12-08T09:00:00Z"),
                Instant.parse("2026-12-08T10:00:00Z")));
        stubDelta("cal-1", """
                {"id":"written-by-helmsman","subject":"Write the report","showAs":"busy",
                 "start":{"dateTime":"2026-12-08T11:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-12-08T12:00:00.0000000","timeZone":"UTC"}},
                {"id":"dentist","subject":"Dentist","showAs":"busy",
                 "start":{"dateTime":"2026-12-08T14:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-12-08T15:00:00.0000000","timeZone":"UTC"}}""");
        stubDelta("cal-2", "");
        makeDue();

        assertThat(engine.round().synced()).isEqualTo(2);

        assertThat(jdbc.queryForObject("select helmsman_block_id from calendar_events where external_id = 'written-by-helmsman'", UUID.class))
                .isEqualTo(blockId);
        assertThat(busyTime.busy(ada, Instant.parse("2026-12-08T00:00:00Z"), Instant.parse("2026-12-09T00:00:00Z")))
                .extracting(BusyTime::title).containsExactly("Dentist");
        assertThat(fake.moved).singleElement().satisfies(moved -> {
            assertThat(moved.blockId()).isEqualTo(blockId);
            assertThat(moved.start()).isEqualTo(Instant.parse("2026-12-08T11:00:00Z"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/Los_Angeles", "Pacific/Auckland"})
    void an_outlook_all_day_event_blocks_the_persons_own_day_far_from_utc(String zoneName) {
        clock.set(NOW);
        var zone = ZoneId.of(zoneName);
        connected("ada@example.com", CalendarProvider.OUTLOOK);
        var ada = jdbc.queryForObject("select id from users where email = 'ada@example.com'", UUID.class);
        fixtures.timeZone(ada, zoneName);
        stubDelta("cal-1", """
                {"id":"offsite","subject":"Offsite","isAllDay":true,"showAs":"busy",
                 "start":{"dateTime":"2026-12-08T00:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-12-09T00:00:00.0000000","timeZone":"UTC"}}""");
        stubDelta("cal-2", "");
        makeDue();

        assertThat(engine.round().synced()).isEqualTo(2);

        var day = LocalDate.of(2026, 12, 8);
        assertThat(busyOn(ada, day, zone)).singleElement().satisfies(busy -> {
            assertThat(busy.allDay()).isTrue();
            assertThat(busy.start()).isEqualTo(day.atStartOfDay(zone).toInstant());
            assertThat(busy.end()).isEqualTo(day.plusDays(1).atStartOfDay(zone).toInstant());
        });
        assertThat(busyOn(ada, day.minusDays(1), zone)).as("the local day before").isEmpty();
        assertThat(busyOn(ada, day.plusDays(1), zone)).as("the local day after").isEmpty();
    }

    private java.util.List<BusyTime> busyOn(UUID user, LocalDate day, ZoneId zone) {
        return busyTime.busy(user, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private UUID sourceId(String calendar) {
        return jdbc.queryForObject("select id from calendar_sources where external_id = ?", UUID.class, calendar);
    }

    private void makeDue() {
        jdbc.update("update calendar_sources set next_attempt = ?", Timestamp.from(NOW.minusSeconds(60)));
    }

    private static void stubDelta(String calendar, String events) {
        api.stubFor(get(urlPathMatching(DELTA.formatted(calendar))).willReturn(okJson("""
                {"@odata.deltaLink":"%s/v1.0/me/calendars/%s/calendarView/delta?$deltatoken=next","value":[%s]}"""
                .formatted(api.baseUrl(), calendar, events))));
    }
}
