package app.helmsman.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.calendar.internal.SyncEngine;
import app.helmsman.calendar.internal.WriteBack;
import app.helmsman.calendar.internal.ics.IcsReader;
import app.helmsman.calendar.internal.spi.ExternalEvent;
import app.helmsman.planner.PlannedBlock;
import app.helmsman.tasks.TaskChange;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class IcsFeedAndSubscriptionIT {

    static final WireMockServer STUB = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static {
        STUB.start();
    }

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    CalendarService calendars;
    @Autowired
    SyncEngine engine;
    @Autowired
    WriteBack writeBack;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    UUID user;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        STUB.resetAll();
        clock.set(NOW);
        user = fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    @AfterAll
    static void stopStub() {
        STUB.stop();
    }

    static String ics(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Stub//EN\r\n" + String.join("", events) + "END:VCALENDAR\r\n";
    }

    static String event(String uid, String title, String start, String end) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:" + start + "\r\nDTEND:" + end + "\r\nSUMMARY:" + title + "\r\nEND:VEVENT\r\n";
    }

    HttpResponse<String> fetch(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    String localFeed(String url) {
        return "http://localhost:" + port + url.substring(url.indexOf("/calendar/feed/"));
    }

    @Test
    void a_subscription_is_fetched_at_once_then_again_with_its_etag() {
        STUB.stubFor(get(urlEqualTo("/team.ics")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/calendar")
                .withHeader("ETag", "\"v1\"").withBody(ics(event("a", "Team lunch", "20261207T110000Z", "20261207T120000Z")))));

        var source = calendars.subscribe("Team", "http://127.0.0.1:" + STUB.port() + "/team.ics");

        assertThat(source.name()).isEqualTo("Team");
        assertThat(source.eventCount()).isEqualTo(1);
        assertThat(calendars.agenda(DAY, DAY)).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Team lunch");
            assertThat(e.calendar()).isEqualTo("Team");
        });

        STUB.stubFor(get(urlEqualTo("/team.ics")).withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304)));
        clock.set(NOW.plus(Duration.ofMinutes(7)));
        engine.round();

        STUB.verify(2, getRequestedFor(urlEqualTo("/team.ics")));
        assertThat(calendars.sources()).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(SourceState.OK);
            assertThat(s.eventCount()).isEqualTo(1);
        });
    }

    @Test
    void an_invalid_subscription_is_refused_with_the_reason_and_nothing_is_kept() {
        STUB.stubFor(get(urlEqualTo("/broken.ics")).willReturn(aResponse().withStatus(200).withBody("<html>Not a calendar</html>")));

        assertThatThrownBy(() -> calendars.subscribe("Broken", "http://127.0.0.1:" + STUB.port() + "/broken.ics"))
                .isInstanceOf(CalendarInputException.class).hasMessageContaining("not a valid calendar");
        assertThatThrownBy(() -> calendars.subscribe("Metadata", "http://169.254.169.254/latest/meta-data"))
                .isInstanceOf(CalendarInputException.class).hasMessageContaining("private or local network");
        assertThatThrownBy(() -> calendars.subscribe("File", "file:///etc/passwd"))
                .isInstanceOf(CalendarInputException.class).hasMessageContaining("http://");
        assertThat(calendars.sources()).isEmpty();
    }

    @Test
    void a_subscription_that_starts_failing_says_why_and_keeps_its_events() {
        STUB.stubFor(get(urlEqualTo("/team.ics")).willReturn(aResponse().withStatus(200)
                .withBody(ics(event("a", "Team lunch", "20261207T110000Z", "20261207T120000Z")))));
        calendars.subscribe("Team", "http://127.0.0.1:" + STUB.port() + "/team.ics");
        STUB.stubFor(get(urlEqualTo("/team.ics")).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "120")));
        clock.set(NOW.plus(Duration.ofMinutes(7)));

        engine.round();

        assertThat(calendars.sources()).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(SourceState.FAILING);
            assertThat(s.lastError()).contains("wait");
            assertThat(s.eventCount()).isEqualTo(1);
        });
        assertThat(jdbc.queryForObject("select next_attempt from calendar_sources", java.sql.Timestamp.class).toInstant())
                .isEqualTo(NOW.plus(Duration.ofMinutes(9)));
    }

    @Test
    void an_imported_file_is_all_or_nothing() {
        var good = ics(event("a", "Dentist", "20261207T090000Z", "20261207T100000Z"), event("b", "Dinner", "20261207T180000Z", "20261207T190000Z"));
        var bad = good.replace("DTSTART:20261207T180000Z\r\n", "");

        var source = calendars.importFile("Family.ics", new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> calendars.importFile("Broken.ics", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(CalendarInputException.class).hasMessageContaining("Dinner");

        assertThat(source.name()).isEqualTo("Family");
        assertThat(calendars.sources()).extracting(CalendarSource::name).containsExactly("Family");
        assertThat(calendars.agenda(DAY, DAY)).extracting(AgendaEvent::title).containsExactly("Dentist", "Dinner");
    }

    @Test
    void the_feed_serves_planned_blocks_and_dated_tasks_without_a_session_and_reads_back() throws Exception {
        var block = new PlannedBlock(UUID.randomUUID(), null, "Deep work", Instant.parse("2026-12-07T09:00:00Z"), Instant.parse("2026-12-07T11:00:00Z"),
                false, "Morning");
        writeBack.dayChanged(user, DAY, List.of(block));
        var timed = tasks.create(TaskDraft.titled("Call the bank")).id();
        var details = tasks.get(timed);
        tasks.update(timed, details.version(), new TaskChange("Call the bank", null, details.status(), null, null, 15, null, 2, DAY, LocalTime.of(14, 0),
                null, null, List.of(), null, null));
        var dated = tasks.create(TaskDraft.titled("Water plants")).id();
        var datedDetails = tasks.get(dated);
        tasks.update(dated, datedDetails.version(), new TaskChange("Water plants", null, datedDetails.status(), null, null, null, null, 4, DAY.plusDays(1),
                null, null, null, List.of(), null, null));
        var url = calendars.regenerateFeed();
        fixtures.signOut();

        var response = fetch(localFeed(url));

        assertThat(url).matches("http://localhost:\\d+/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        var events = new IcsReader(2 * 1024 * 1024, 5000).read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ZoneOffset.UTC, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(90)));
        assertThat(events).extracting(ExternalEvent::title).containsExactlyInAnyOrder("Deep work", "Call the bank", "Water plants");
        assertThat(events).filteredOn(e -> e.title().equals("Deep work")).singleElement().satisfies(e -> {
            assertThat(e.helmsmanBlockId()).isEqualTo(block.blockId());
            assertThat(e.start()).isEqualTo(block.start());
        });
        assertThat(events).filteredOn(e -> e.title().equals("Call the bank")).singleElement()
                .satisfies(e -> assertThat(e.end()).isEqualTo(Instant.parse("2026-12-07T14:15:00Z")));
        assertThat(events).filteredOn(e -> e.title().equals("Water plants")).singleElement()
                .satisfies(e -> assertThat(e.allDayStart()).isEqualTo(DAY.plusDays(1)));
        assertThat(jdbc.queryForObject("select token_hash from calendar_feed_tokens", String.class)).doesNotContain(url.substring(url.lastIndexOf('/') + 1, url.length() - 4));
    }

    @Test
    void a_regenerated_or_revoked_feed_address_stops_working_and_a_guessed_one_never_did() throws Exception {
        var first = calendars.regenerateFeed();
        var second = calendars.regenerateFeed();

        assertThat(fetch(localFeed(first)).statusCode()).isEqualTo(404);
        assertThat(fetch(localFeed(second)).statusCode()).isEqualTo(200);
        assertThat(fetch("http://localhost:" + port + "/calendar/feed/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        calendars.revokeFeed();
        assertThat(fetch(localFeed(second)).statusCode()).isEqualTo(404);
        assertThat(calendars.feedCreatedAt()).isEmpty();
    }

    @Test
    void a_feed_address_asking_too_often_is_told_to_wait() throws Exception {
        var url = localFeed(calendars.regenerateFeed());
        for (int i = 0; i < 60; i++) {
            assertThat(fetch(url).statusCode()).isEqualTo(200);
        }

        var refused = fetch(url);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }
}
