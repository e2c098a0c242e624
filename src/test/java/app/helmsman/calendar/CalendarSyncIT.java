package app.helmsman.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.calendar.internal.SyncEngine;
import app.helmsman.calendar.internal.spi.ExternalEvent;
import app.helmsman.calendar.internal.spi.ExternalEvent.Availability;
import app.helmsman.calendar.internal.spi.ProviderSources;
import app.helmsman.calendar.internal.spi.ProviderSources.ProviderCalendar;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SyncBatch;
import app.helmsman.calendar.internal.spi.SyncFailure;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CalendarSyncIT {

    static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    FakeProvider provider;
    @Autowired
    ProviderSources providerSources;
    @Autowired
    SyncEngine engine;
    @Autowired
    CalendarService calendars;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry registry;

    UUID user;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.set(NOW);
        provider.arm();
        user = fixtures.user("ada@example.com");
    }

    @AfterEach
    void tearDown() {
        provider.disarm();
        fixtures.signOut();
    }

    static ExternalEvent timed(String id, String title, String start, String end) {
        return new ExternalEvent(id, title, Instant.parse(start), Instant.parse(end), null, null, Availability.BUSY, false, null);
    }

    UUID connect(String... calendarIds) {
        var connection = UUID.randomUUID();
        providerSources.register(user, connection, SourceKind.GOOGLE,
                java.util.Arrays.stream(calendarIds).map(id -> new ProviderCalendar(id, "Calendar " + id, true, true)).toList());
        return connection;
    }

    UUID sourceId(String calendarId) {
        return jdbc.queryForObject("select id from calendar_sources where external_id = ?", UUID.class, calendarId);
    }

    List<String> titles(String calendarId) {
        return jdbc.queryForList("select title from calendar_events where source_id = ? order by title", String.class, sourceId(calendarId));
    }

    Instant nextAttempt(String calendarId) {
        return jdbc.queryForObject("select next_attempt from calendar_sources where external_id = ?", Timestamp.class, calendarId).toInstant();
    }

    @Test
    void a_full_sync_stores_the_set_and_an_incremental_one_upserts_and_deletes_from_the_saved_cursor() {
        connect("work");
        provider.script("work",
                new SyncBatch(true, List.of(timed("a", "Standup", "2026-12-07T09:00:00Z", "2026-12-07T09:15:00Z"),
                        timed("b", "Review", "2026-12-07T13:00:00Z", "2026-12-07T14:00:00Z"),
                        timed("c", "Retro", "2026-12-08T13:00:00Z", "2026-12-08T14:00:00Z")), List.of(), "cursor-1"),
                new SyncBatch(false, List.of(timed("b", "Review (moved)", "2026-12-07T15:00:00Z", "2026-12-07T16:00:00Z"),
                        timed("d", "Lunch", "2026-12-07T12:00:00Z", "2026-12-07T13:00:00Z")), List.of("c"), "cursor-2"));

        var first = engine.round();
        assertThat(first.synced()).isEqualTo(1);
        assertThat(titles("work")).containsExactly("Retro", "Review", "Standup");

        clock.set(NOW.plus(Duration.ofMinutes(7)));
        engine.round();

        assertThat(titles("work")).containsExactly("Lunch", "Review (moved)", "Standup");
        assertThat(provider.requests).extracting(r -> r.cursor()).containsExactly(null, "cursor-1");
        assertThat(jdbc.queryForObject("select cursor from calendar_sources where external_id = 'work'", String.class)).isEqualTo("cursor-2");
        assertThat(jdbc.queryForObject("select event_count from calendar_sources where external_id = 'work'", Integer.class)).isEqualTo(3);
        assertThat(provider.busyChanged).extracting(BusyTimeChanged -> BusyTimeChanged.userId()).contains(user);
    }

    @Test
    void a_full_resync_removes_events_that_are_no_longer_there() {
        connect("work");
        provider.script("work",
                new SyncBatch(true, List.of(timed("a", "Old", "2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z")), List.of(), "c1"),
                new SyncBatch(true, List.of(timed("b", "New", "2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z")), List.of(), "c2"));
        engine.round();
        clock.set(NOW.plus(Duration.ofMinutes(7)));

        engine.round();

        assertThat(titles("work")).containsExactly("New");
    }

    @Test
    void a_calendar_that_needs_reconnecting_is_marked_told_once_and_not_retried() {
        connect("work");
        provider.script("work", new SyncFailure(SyncFailure.Kind.NEEDS_RECONNECTING, "Reconnect Google to keep this calendar in sync.", null, null));

        engine.round();
        clock.set(NOW.plus(Duration.ofHours(3)));
        engine.round();

        assertThat(provider.requests).hasSize(1);
        assertThat(jdbc.queryForObject("select state from calendar_sources where external_id = 'work'", String.class)).isEqualTo("NEEDS_RECONNECTING");
        fixtures.signIn("ada@example.com");
        assertThat(calendars.newProblems()).singleElement().asString().contains("Reconnect Google");
        assertThat(calendars.newProblems()).isEmpty();
        assertThat(calendars.sources()).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(SourceState.NEEDS_RECONNECTING);
            assertThat(s.lastError()).isEqualTo("Reconnect Google to keep this calendar in sync.");
        });
    }

    @Test
    void a_rate_limited_calendar_waits_as_long_as_the_provider_asked() {
        connect("work");
        provider.script("work", new SyncFailure(SyncFailure.Kind.RATE_LIMITED, "Google asked to slow down.", Duration.ofMinutes(10), null));

        engine.round();

        assertThat(nextAttempt("work")).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        clock.set(NOW.plus(Duration.ofMinutes(9)));
        engine.round();
        assertThat(provider.requests).hasSize(1);
        clock.set(NOW.plus(Duration.ofMinutes(10)));
        engine.round();
        assertThat(provider.requests).hasSize(2);
    }

    @Test
    void temporary_failures_back_off_exponentially_and_a_success_resets_them() {
        connect("work");
        var failure = new SyncFailure(SyncFailure.Kind.TEMPORARY, "Google could not be reached.", null, null);
        provider.script("work", failure, failure, new SyncBatch(true, List.of(), List.of(), "c"));

        engine.round();
        var firstWait = Duration.between(NOW, nextAttempt("work"));
        var second = nextAttempt("work");
        clock.set(second);
        engine.round();
        var secondWait = Duration.between(second, nextAttempt("work"));
        clock.set(nextAttempt("work"));
        engine.round();

        assertThat(firstWait).isBetween(Duration.ofMinutes(1), Duration.ofSeconds(66));
        assertThat(secondWait).isBetween(Duration.ofMinutes(2), Duration.ofSeconds(132));
        assertThat(jdbc.queryForObject("select failure_count from calendar_sources where external_id = 'work'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select state from calendar_sources where external_id = 'work'", String.class)).isEqualTo("OK");
    }

    @Test
    void one_failing_calendar_never_stops_the_others() {
        connect("broken", "fine");
        provider.script("broken", new IllegalStateException("provider library blew up"));
        provider.script("fine", new SyncBatch(true, List.of(timed("a", "Dentist", "2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z")), List.of(), "c"));

        var round = engine.round();

        assertThat(round.leased()).isEqualTo(2);
        assertThat(titles("fine")).containsExactly("Dentist");
        assertThat(jdbc.queryForObject("select state from calendar_sources where external_id = 'broken'", String.class)).isEqualTo("FAILING");
        assertThat(jdbc.queryForObject("select last_error from calendar_sources where external_id = 'broken'", String.class))
                .doesNotContain("blew up").contains("tries again later");
    }

    @Test
    void syncs_are_counted_by_provider_and_outcome() {
        connect("work");
        var before = registry.counter("helmsman.calendar.sync", "provider", "google", "outcome", "success").count();
        provider.script("work", new SyncBatch(true, List.of(), List.of(), "c"));

        engine.round();

        assertThat(registry.counter("helmsman.calendar.sync", "provider", "google", "outcome", "success").count()).isEqualTo(before + 1);
        assertThat(registry.get("helmsman.calendar.sync.duration").tag("provider", "google").timer().count()).isPositive();
        assertThat(registry.get("helmsman.calendar.sources").tag("state", "ok").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void sync_now_syncs_a_calendar_before_it_is_due_and_says_how_it_went() {
        connect("work");
        provider.script("work", new SyncBatch(true, List.of(), List.of(), "c"),
                new SyncBatch(false, List.of(timed("a", "Dentist", "2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z")), List.of(), "c2"));
        engine.round();
        fixtures.signIn("ada@example.com");

        var message = calendars.syncNow(sourceId("work"));

        assertThat(message).isEqualTo("Calendar work is up to date: 1 event.");
        assertThat(titles("work")).containsExactly("Dentist");
    }

    @Test
    void a_removed_provider_calendar_goes_with_its_events() {
        var connection = connect("work", "home");
        provider.script("home", new SyncBatch(true, List.of(timed("a", "Dinner", "2026-12-07T18:00:00Z", "2026-12-07T19:00:00Z")), List.of(), "c"));
        engine.round();

        providerSources.register(user, connection, SourceKind.GOOGLE, List.of(new ProviderCalendar("work", "Work (renamed)", true, true)));

        assertThat(jdbc.queryForList("select name from calendar_sources", String.class)).containsExactly("Work (renamed)");
        assertThat(jdbc.queryForObject("select count(*) from calendar_events", Integer.class)).isZero();
        providerSources.removeAll(connection);
        assertThat(jdbc.queryForObject("select count(*) from calendar_sources", Integer.class)).isZero();
    }

    @Test
    void two_rounds_at_once_as_on_two_replicas_sync_each_calendar_exactly_once() throws Exception {
        connect("a", "b", "c");
        var entered = new java.util.concurrent.CountDownLatch(3);
        var release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.Callable<SyncBatch> slowProvider = () -> {
            entered.countDown();
            assertThat(release.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            return new SyncBatch(true, List.of(timed("x", "Meeting", "2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z")), List.of(), "c");
        };
        for (var id : List.of("a", "b", "c")) {
            provider.script(id, slowProvider);
        }
        var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            // the first replica leases all three and is held up by the provider (fetching outside any transaction)
            var first = executor.submit(() -> engine.round());
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> entered.getCount() <= 2);
            // while it waits for the first answer, the second replica finds nothing to take
            var second = engine.round();
            release.countDown();
            var firstRound = first.get(60, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(second.leased()).isZero();
            assertThat(firstRound.leased()).isEqualTo(3);
            assertThat(firstRound.synced()).isEqualTo(3);
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
        assertThat(provider.requests).extracting(r -> r.externalCalendarId()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(jdbc.queryForObject("select count(*) from calendar_events", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from calendar_sources where lease_token is not null", Integer.class)).isZero();
    }
}
