package app.helmsman.calendar.internal.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.helmsman.calendar.internal.spi.ExternalEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing of ICS input (issue 13): 10,000 inputs made of real iCalendar lines, broken ones and noise, in any order,
 * cut anywhere. Every input is either read completely (every event sound and within the limits) or refused as a
 * whole with an {@link IcsException} and a message; nothing else escapes, and every read ends within a bound. An
 * import stores what a read returned in one transaction, so a refused input stores nothing.
 */
class IcsFuzzTest {

    static final Duration BOUND = Duration.ofSeconds(10);
    static final Instant FROM = Instant.parse("2026-11-07T00:00:00Z");
    static final Instant TO = Instant.parse("2027-03-07T00:00:00Z");
    static final int MAX_OCCURRENCES = 500;

    static final List<String> LINES = List.of(
            "BEGIN:VCALENDAR", "END:VCALENDAR", "VERSION:2.0", "PRODID:-//Fuzz//EN", "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VTIMEZONE",
            "END:VTIMEZONE", "BEGIN:STANDARD", "END:STANDARD", "BEGIN:DAYLIGHT", "END:DAYLIGHT", "TZID:Europe/Berlin", "TZID:Custom",
            "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZOFFSETTO:+9999", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "UID:a", "UID:b", "UID:", "DTSTAMP:20261101T000000Z", "SUMMARY:Meeting", "SUMMARY:", "SUMMARY:Ünïcödé ✓ \\, \\; \\n",
            "DTSTART:20261207T090000Z", "DTEND:20261207T100000Z", "DTSTART;TZID=Europe/Berlin:20261207T090000", "DTSTART;TZID=Custom:20261207T090000",
            "DTSTART;TZID=Nowhere/Zone:20261207T090000", "DTSTART;VALUE=DATE:20261207", "DTEND;VALUE=DATE:20261209", "DTSTART:20261207",
            "DTSTART:99991207T090000Z", "DTSTART:00010101T000000Z", "DTSTART:garbage", "DTEND:20261207T080000Z", "DURATION:PT1H", "DURATION:P400D",
            "DURATION:-PT1H", "DURATION:nonsense", "RRULE:FREQ=DAILY", "RRULE:FREQ=DAILY;COUNT=3", "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR",
            "RRULE:FREQ=HOURLY", "RRULE:FREQ=MINUTELY", "RRULE:FREQ=SECONDLY", "RRULE:FREQ=MONTHLY;BYMONTHDAY=31", "RRULE:FREQ=YEARLY;BYYEARDAY=366",
            "RRULE:FREQ=DAILY;UNTIL=20261210T000000Z", "RRULE:FREQ=DAILY;UNTIL=20261210", "RRULE:FREQ=DAILY;UNTIL=bad", "RRULE:FREQ=NEVER",
            "RRULE:INTERVAL=0", "RRULE:FREQ=DAILY;INTERVAL=-1", "RRULE:FREQ=WEEKLY;BYSETPOS=400", "RRULE:", "EXDATE:20261208T090000Z",
            "EXDATE;VALUE=DATE:20261208", "EXDATE:garbage", "RECURRENCE-ID:20261208T090000Z", "RECURRENCE-ID;VALUE=DATE:20261208",
            "RECURRENCE-ID:nope", "STATUS:CANCELLED", "STATUS:TENTATIVE", "TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
            "X-HELMSMAN-BLOCK-ID:not-a-uuid", "X-HELMSMAN-BLOCK-ID:5f0c8f9e-3f6a-4d7e-9c55-1f2a3b4c5d6e", "ATTENDEE;PARTSTAT=DECLINED:mailto:a@b.c",
            "BEGIN:VTODO", "END:VTODO", "BEGIN:VALARM", "END:VALARM", "BEGIN:X-UNKNOWN", "END:X-UNKNOWN", ":::", ";;;", "BEGIN:", "END:",
            " folded continuation", "\tfolded tab", "NO-COLON-HERE", "X-LONG:" + "x".repeat(2000), "\u0000", "SUMMARY:" + "y".repeat(800));

    final IcsReader reader = new IcsReader(256 * 1024, MAX_OCCURRENCES);

    @Provide
    Arbitrary<String> inputs() {
        var line = Arbitraries.of(LINES);
        var noise = Arbitraries.strings().ofMaxLength(40);
        var mixedLine = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, line), net.jqwik.api.Tuple.of(1, noise));
        var structured = mixedLine.list().ofMaxSize(60).map(lines -> {
            var body = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
            lines.forEach(l -> body.append(l).append("\r\n"));
            return body.append("END:VCALENDAR\r\n").toString();
        });
        var events = Arbitraries.of(LINES.subList(19, LINES.size() - 6)).list().ofMaxSize(12).list().ofMaxSize(8).map(all -> {
            var body = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
            for (var event : all) {
                body.append("BEGIN:VEVENT\r\n");
                event.forEach(l -> body.append(l).append("\r\n"));
                body.append("END:VEVENT\r\n");
            }
            return body.append("END:VCALENDAR\r\n").toString();
        });
        var starts = Arbitraries.of("DTSTART:20261207T090000Z", "DTSTART;TZID=Europe/Berlin:20261207T090000", "DTSTART;VALUE=DATE:20261207",
                "DTSTART:20261120T170000", "DTSTART;TZID=Custom:20261201T080000");
        var mostlyValid = net.jqwik.api.Combinators.combine(starts, Arbitraries.of(LINES.subList(19, LINES.size() - 6)).list().ofMaxSize(3),
                        Arbitraries.integers().between(1, 999))
                .as((start, extra, n) -> "BEGIN:VEVENT\r\nUID:u" + n + "\r\nDTSTAMP:20261101T000000Z\r\n" + start + "\r\nSUMMARY:Event " + n + "\r\n"
                        + String.join("", extra.stream().map(l -> l + "\r\n").toList()) + "END:VEVENT\r\n")
                .list().ofMinSize(1).ofMaxSize(6)
                .map(all -> "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Custom\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                        + "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n" + String.join("", all) + "END:VCALENDAR\r\n");
        var cut = structured.flatMap(text -> Arbitraries.integers().between(0, text.length()).map(n -> text.substring(0, n)));
        return Arbitraries.oneOf(structured, events, mostlyValid, mostlyValid, mostlyValid, cut, Arbitraries.strings().ofMaxLength(300));
    }

    @Property(tries = 10_000)
    @net.jqwik.api.statistics.StatisticsReport(format = net.jqwik.api.statistics.Histogram.class)
    void any_input_is_read_whole_and_sound_or_refused_with_a_reason(@ForAll("inputs") String input) {
        var outcome = assertTimeoutPreemptively(BOUND, () -> {
            List<ExternalEvent> events;
            try {
                events = reader.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), ZoneId.of("Europe/Berlin"), FROM, TO);
            } catch (IcsException refused) {
                assertThat(refused.getMessage()).isNotBlank();
                return "refused";
            }
            assertThat(events).hasSizeLessThanOrEqualTo(MAX_OCCURRENCES);
            assertThat(events).extracting(ExternalEvent::externalId).doesNotHaveDuplicates();
            for (var event : events) {
                assertThat(event.externalId()).isNotBlank().hasSizeLessThanOrEqualTo(1024);
                assertThat(event.title()).isNotBlank().hasSizeLessThanOrEqualTo(IcsReader.MAX_TITLE).doesNotContain("\u0000");
                assertThat(event.end()).isAfterOrEqualTo(event.start());
                assertThat(event.start()).isBefore(TO);
                assertThat(event.availability()).isNotNull();
                assertThat(event.allDayStart() == null).isEqualTo(event.allDayEndExclusive() == null);
            }
            return events.isEmpty() ? "read, no events" : "read, events";
        });
        net.jqwik.api.statistics.Statistics.collect(outcome);
        // the inputs must reach both sides: calendars read with events, and refusals
        net.jqwik.api.statistics.Statistics.coverage(coverage -> {
            coverage.check("read, events").percentage(p -> p > 5);
            coverage.check("refused").percentage(p -> p > 5);
        });
    }
}
