package app.helmsman.calendar.internal.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.calendar.internal.spi.ExternalEvent;
import app.helmsman.calendar.internal.spi.ExternalEvent.Availability;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IcsReaderTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant TO = Instant.parse("2027-01-31T00:00:00Z");
    final IcsReader reader = new IcsReader(2 * 1024 * 1024, 5000);

    static String calendar(String... body) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + String.join("\r\n", body) + "\r\nEND:VCALENDAR\r\n";
    }

    List<ExternalEvent> read(String ics) throws IcsException {
        return reader.read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), BERLIN, FROM, TO);
    }

    @Test
    void a_single_timed_event_in_utc_is_read_with_its_title_and_times() throws Exception {
        var events = read(calendar("BEGIN:VEVENT", "UID:one", "DTSTAMP:20261101T000000Z", "DTSTART:20261207T140000Z", "DTEND:20261207T150000Z",
                "SUMMARY:Dentist", "END:VEVENT"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.externalId()).isEqualTo("one");
            assertThat(e.title()).isEqualTo("Dentist");
            assertThat(e.start()).isEqualTo(Instant.parse("2026-12-07T14:00:00Z"));
            assertThat(e.end()).isEqualTo(Instant.parse("2026-12-07T15:00:00Z"));
            assertThat(e.allDay()).isFalse();
            assertThat(e.availability()).isEqualTo(Availability.BUSY);
        });
    }

    @Test
    void a_weekly_rule_is_expanded_within_the_window_without_its_exdate_and_with_its_moved_occurrence() throws Exception {
        var events = read(calendar("BEGIN:VEVENT", "UID:weekly", "DTSTAMP:20261101T000000Z", "DTSTART;TZID=Europe/Berlin:20261202T090000",
                "DTEND;TZID=Europe/Berlin:20261202T093000", "RRULE:FREQ=WEEKLY;COUNT=5", "EXDATE;TZID=Europe/Berlin:20261209T090000",
                "SUMMARY:Standup", "END:VEVENT",
                "BEGIN:VEVENT", "UID:weekly", "DTSTAMP:20261101T000000Z", "RECURRENCE-ID;TZID=Europe/Berlin:20261216T090000",
                "DTSTART;TZID=Europe/Berlin:20261216T110000", "DTEND;TZID=Europe/Berlin:20261216T113000", "SUMMARY:Standup (moved)", "END:VEVENT"));

        assertThat(events).extracting(ExternalEvent::start).containsExactlyInAnyOrder(
                Instant.parse("2026-12-02T08:00:00Z"), Instant.parse("2026-12-16T10:00:00Z"), Instant.parse("2026-12-23T08:00:00Z"),
                Instant.parse("2026-12-30T08:00:00Z"));
        assertThat(events).filteredOn(e -> e.title().equals("Standup (moved)")).singleElement()
                .satisfies(e -> assertThat(e.externalId()).isEqualTo("weekly/20261216T080000Z"));
        assertThat(events).extracting(ExternalEvent::externalId).doesNotHaveDuplicates();
    }

    @Test
    void a_rule_keeps_the_local_time_across_a_daylight_saving_change() throws Exception {
        var events = read(calendar("BEGIN:VEVENT", "UID:dst", "DTSTAMP:20261101T000000Z", "DTSTART;TZID=Europe/Berlin:20261020T090000",
                "DTEND;TZID=Europe/Berlin:20261020T100000", "RRULE:FREQ=WEEKLY;UNTIL=20261110T235959Z", "SUMMARY:Yoga", "END:VEVENT"));

        // 27 Oct is in summer time (07:00Z) but before the window; 3 and 10 Nov are in winter time (08:00Z)
        assertThat(events).extracting(ExternalEvent::start)
                .containsExactly(Instant.parse("2026-11-03T08:00:00Z"), Instant.parse("2026-11-10T08:00:00Z"));
    }

    @Test
    void a_time_zone_defined_in_the_file_is_used_for_its_events() throws Exception {
        var events = read(calendar("BEGIN:VTIMEZONE", "TZID:Custom Zone", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0300",
                "TZOFFSETTO:+0300", "TZNAME:CUS", "END:STANDARD", "END:VTIMEZONE",
                "BEGIN:VEVENT", "UID:tz", "DTSTAMP:20261101T000000Z", "DTSTART;TZID=Custom Zone:20261207T120000",
                "DTEND;TZID=Custom Zone:20261207T130000", "SUMMARY:Call", "END:VEVENT"));

        assertThat(events).singleElement().satisfies(e -> assertThat(e.start()).isEqualTo(Instant.parse("2026-12-07T09:00:00Z")));
    }

    @Test
    void all_day_free_tentative_and_cancelled_events_say_what_they_are() throws Exception {
        var events = read(calendar(
                "BEGIN:VEVENT", "UID:holiday", "DTSTAMP:20261101T000000Z", "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261227",
                "TRANSP:TRANSPARENT", "SUMMARY:Holidays", "END:VEVENT",
                "BEGIN:VEVENT", "UID:maybe", "DTSTAMP:20261101T000000Z", "DTSTART:20261208T100000Z", "DURATION:PT2H", "STATUS:TENTATIVE",
                "SUMMARY:Maybe", "END:VEVENT",
                "BEGIN:VEVENT", "UID:gone", "DTSTAMP:20261101T000000Z", "DTSTART:20261209T100000Z", "STATUS:CANCELLED", "SUMMARY:Gone", "END:VEVENT"));

        assertThat(events).hasSize(2);
        assertThat(events).filteredOn(e -> e.externalId().equals("holiday")).singleElement().satisfies(e -> {
            assertThat(e.allDay()).isTrue();
            assertThat(e.allDayStart()).isEqualTo(LocalDate.of(2026, 12, 24));
            assertThat(e.allDayEndExclusive()).isEqualTo(LocalDate.of(2026, 12, 27));
            assertThat(e.availability()).isEqualTo(Availability.FREE);
            assertThat(e.start()).isEqualTo(Instant.parse("2026-12-23T23:00:00Z"));
        });
        assertThat(events).filteredOn(e -> e.externalId().equals("maybe")).singleElement().satisfies(e -> {
            assertThat(e.availability()).isEqualTo(Availability.TENTATIVE);
            assertThat(e.end()).isEqualTo(Instant.parse("2026-12-08T12:00:00Z"));
        });
    }

    @Test
    void events_outside_the_window_are_left_out() throws Exception {
        var events = read(calendar("BEGIN:VEVENT", "UID:old", "DTSTAMP:20261101T000000Z", "DTSTART:20250101T100000Z", "DTEND:20250101T110000Z",
                "SUMMARY:Long ago", "END:VEVENT"));

        assertThat(events).isEmpty();
    }

    @Test
    void the_block_id_of_helmsmans_own_events_is_read_back() throws Exception {
        var block = UUID.randomUUID();
        var events = read(calendar("BEGIN:VEVENT", "UID:b", "DTSTAMP:20261101T000000Z", "DTSTART:20261207T140000Z", "DTEND:20261207T150000Z",
                "SUMMARY:Focus", "X-HELMSMAN-BLOCK-ID:" + block, "END:VEVENT"));

        assertThat(events).singleElement().satisfies(e -> assertThat(e.helmsmanBlockId()).isEqualTo(block));
    }

    @Test
    void a_file_over_the_size_limit_is_refused_while_reading() {
        var small = new IcsReader(1024, 5000);
        var big = calendar("BEGIN:VEVENT", "UID:x", "DTSTART:20261207T140000Z", "SUMMARY:" + "x".repeat(5000), "END:VEVENT");

        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), BERLIN, FROM, TO))
                .isInstanceOf(IcsException.class).hasMessageContaining("larger than");
    }

    @Test
    void more_occurrences_than_the_limit_are_refused_as_a_whole() {
        var few = new IcsReader(2 * 1024 * 1024, 50);
        var daily = calendar("BEGIN:VEVENT", "UID:d", "DTSTAMP:20261101T000000Z", "DTSTART:20261101T080000Z", "DTEND:20261101T083000Z",
                "RRULE:FREQ=DAILY", "SUMMARY:Daily", "END:VEVENT");

        assertThatThrownBy(() -> few.read(new ByteArrayInputStream(daily.getBytes(StandardCharsets.UTF_8)), BERLIN, FROM, TO))
                .isInstanceOf(IcsException.class).hasMessageContaining("more than 50 events");
    }

    @Test
    void a_rule_repeating_every_minute_is_refused() {
        assertThatThrownBy(() -> read(calendar("BEGIN:VEVENT", "UID:m", "DTSTAMP:20261101T000000Z", "DTSTART:20261101T080000Z",
                "RRULE:FREQ=MINUTELY", "SUMMARY:Spam", "END:VEVENT"))).isInstanceOf(IcsException.class).hasMessageContaining("every second or minute");
    }

    @Test
    void text_that_is_not_a_calendar_is_refused_with_the_reason() {
        assertThatThrownBy(() -> read("Hello, this is not a calendar")).isInstanceOf(IcsException.class).hasMessageContaining("not a valid calendar");
    }

    @Test
    void an_event_without_a_start_is_refused_by_name() {
        assertThatThrownBy(() -> read(calendar("BEGIN:VEVENT", "UID:n", "DTSTAMP:20261101T000000Z", "SUMMARY:Nowhen", "END:VEVENT")))
                .isInstanceOf(IcsException.class).hasMessageContaining("Nowhen");
    }

    @Test
    void the_writers_output_reads_back_as_the_same_events() throws Exception {
        var block = UUID.randomUUID();
        var text = new IcsWriter("Helmsman", FROM)
                .event("block-1@helmsman", "Write report; part 1, with \"quotes\"\nand a line", Instant.parse("2026-12-07T09:00:00Z"),
                        Instant.parse("2026-12-07T10:30:00Z"), "Planned in Helmsman", block)
                .allDay("task-2@helmsman", "Pay rent " + "é".repeat(60), LocalDate.of(2026, 12, 8), null)
                .finish();

        var events = read(text);

        assertThat(text).contains("\r\n ").doesNotContain("\n\n");
        assertThat(events).hasSize(2);
        assertThat(events).filteredOn(e -> e.externalId().equals("block-1@helmsman")).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Write report; part 1, with \"quotes\"\nand a line");
            assertThat(e.start()).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
            assertThat(e.end()).isEqualTo(Instant.parse("2026-12-07T10:30:00Z"));
            assertThat(e.helmsmanBlockId()).isEqualTo(block);
        });
        assertThat(events).filteredOn(e -> e.externalId().equals("task-2@helmsman")).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Pay rent " + "é".repeat(60));
            assertThat(e.allDayStart()).isEqualTo(LocalDate.of(2026, 12, 8));
        });
    }
}
