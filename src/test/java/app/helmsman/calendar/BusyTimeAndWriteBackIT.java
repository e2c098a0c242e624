package app.helmsman.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.calendar.internal.SyncEngine;
import app.helmsman.calendar.internal.WriteBack;
import app.helmsman.calendar.internal.spi.ExternalEvent;
import app.helmsman.calendar.internal.spi.ExternalEvent.Availability;
import app.helmsman.calendar.internal.spi.ProviderSources;
import app.helmsman.calendar.internal.spi.ProviderSources.ProviderCalendar;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SyncBatch;
import app.helmsman.planner.BusyTimeSource;
import app.helmsman.planner.BusyTimeSource.BusyTime;
import app.helmsman.planner.PlannedBlock;
import app.helmsman.planner.PlannerService;
import app.helmsman.tasks.TaskChange;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class BusyTimeAndWriteBackIT {

    static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

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
    WriteBack writeBack;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("calendarBusyTime")
    BusyTimeSource busyTime;
    @Autowired
    CalendarService calendars;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlannerService planner;
    @Autowired
    app.helmsman.accounts.AccountService accounts;

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

    static ExternalEvent event(String id, String title, String start, String end, Availability availability, boolean declined) {
        return new ExternalEvent(id, title, Instant.parse(start), Instant.parse(end), null, null, availability, declined, null);
    }

    static ExternalEvent allDay(String id, String title, LocalDate day, Availability availability) {
        return new ExternalEvent(id, title, day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), day, day.plusDays(1), availability, false, null);
    }

    UUID sourceId(String calendarId) {
        return jdbc.queryForObject("select id from calendar_sources where external_id = ?", UUID.class, calendarId);
    }

    @Test
    void busy_time_holds_busy_and_tentative_timed_events_and_busy_all_day_ones_clipped_to_the_range() {
        providerSources.register(user, UUID.randomUUID(), SourceKind.GOOGLE,
                List.of(new ProviderCalendar("work", "Work", true, true), new ProviderCalendar("other", "Birthdays", false, false)));
        provider.script("work", new SyncBatch(true, List.of(
                event("busy", "Dentist", "2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z", Availability.BUSY, false),
                event("maybe", "Maybe lunch", "2026-12-07T12:00:00Z", "2026-12-07T13:00:00Z", Availability.TENTATIVE, false),
                event("free", "Focus reminder", "2026-12-07T14:00:00Z", "2026-12-07T15:00:00Z", Availability.FREE, false),
                event("declined", "Declined meeting", "2026-12-07T15:00:00Z", "2026-12-07T16:00:00Z", Availability.BUSY, true),
                event("early", "Overnight flight", "2026-12-06T22:00:00Z", "2026-12-07T07:00:00Z", Availability.BUSY, false),
                allDay("free-day", "Public holiday (free)", DAY, Availability.FREE),
                allDay("tentative-day", "Maybe off", DAY, Availability.TENTATIVE),
                allDay("busy-day", "Conference", DAY.plusDays(1), Availability.BUSY)), List.of(), "c"));
        provider.script("other", new SyncBatch(true, List.of(
                event("x", "Not counted", "2026-12-07T11:00:00Z", "2026-12-07T11:30:00Z", Availability.BUSY, false)), List.of(), "c"));
        engine.round();

        var today = busyTime.busy(user, Instant.parse("2026-12-07T06:00:00Z"), Instant.parse("2026-12-08T00:00:00Z"));
        var tomorrow = busyTime.busy(user, Instant.parse("2026-12-08T00:00:00Z"), Instant.parse("2026-12-09T00:00:00Z"));

        assertThat(today).extracting(BusyTime::title).containsExactlyInAnyOrder("Dentist", "Maybe lunch", "Overnight flight");
        assertThat(today).filteredOn(b -> b.title().equals("Overnight flight")).singleElement()
                .satisfies(b -> assertThat(b.start()).isEqualTo(Instant.parse("2026-12-07T06:00:00Z")));
        assertThat(tomorrow).singleElement().satisfies(b -> {
            assertThat(b.title()).isEqualTo("Conference");
            assertThat(b.allDay()).isTrue();
        });
    }

    @Test
    void writing_the_same_plan_twice_makes_one_event_per_block_and_never_touches_foreign_events() {
        providerSources.register(user, UUID.randomUUID(), SourceKind.GOOGLE, List.of(new ProviderCalendar("work", "Work", true, true)));
        jdbc.update("update calendar_sources set receives_blocks = true");
        var foreign = provider.foreign("Someone else's meeting");
        var b1 = new PlannedBlock(UUID.randomUUID(), UUID.randomUUID(), "Write report", Instant.parse("2026-12-07T09:00:00Z"),
                Instant.parse("2026-12-07T10:00:00Z"), false, "Morning focus");
        var b2 = new PlannedBlock(UUID.randomUUID(), UUID.randomUUID(), "Call bank", Instant.parse("2026-12-07T11:00:00Z"),
                Instant.parse("2026-12-07T11:30:00Z"), false, "Short slot");

        writeBack.dayChanged(user, DAY, List.of(b1, b2));
        writeBack.dayChanged(user, DAY, List.of(b1, b2));

        assertThat(provider.events.values()).filteredOn(FakeProvider.ProviderEvent::helmsmans).hasSize(2);
        assertThat(provider.upserts.get()).isEqualTo(2);

        var moved = new PlannedBlock(b1.blockId(), b1.taskId(), b1.title(), Instant.parse("2026-12-07T13:00:00Z"),
                Instant.parse("2026-12-07T14:00:00Z"), false, "Moved");
        writeBack.dayChanged(user, DAY, List.of(moved));

        assertThat(provider.events.values()).filteredOn(FakeProvider.ProviderEvent::helmsmans).singleElement()
                .satisfies(e -> assertThat(e.block().start()).isEqualTo(moved.start()));
        assertThat(provider.events).containsKey(foreign);
        assertThat(provider.deletes.get()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from calendar_block_mappings", Integer.class)).isEqualTo(1);
    }

    @Test
    void accepting_the_days_plan_writes_each_block_to_the_calendar_that_receives_blocks() {
        providerSources.register(user, UUID.randomUUID(), SourceKind.GOOGLE, List.of(new ProviderCalendar("work", "Work", true, true)));
        jdbc.update("update calendar_sources set receives_blocks = true");
        fixtures.signIn("ada@example.com");
        tasks.create(TaskDraft.titled("Write report").withEstimate(60).withDoDate(DAY));
        tasks.create(TaskDraft.titled("Call the bank").withEstimate(15).withDoDate(DAY));

        var plan = planner.accept();

        assertThat(plan.blocks()).hasSize(2);
        assertThat(provider.events.values()).filteredOn(FakeProvider.ProviderEvent::helmsmans)
                .extracting(e -> e.block().blockId(), e -> e.block().title(), e -> e.block().start(), e -> e.block().end())
                .containsExactlyInAnyOrderElementsOf(plan.blocks().stream()
                        .map(b -> org.assertj.core.groups.Tuple.tuple(b.blockId(), b.title(), b.start(), b.end())).toList());
    }

    @Test
    void a_block_the_person_moved_in_their_calendar_is_reported_to_the_planner_once() {
        providerSources.register(user, UUID.randomUUID(), SourceKind.GOOGLE, List.of(new ProviderCalendar("work", "Work", true, true)));
        jdbc.update("update calendar_sources set receives_blocks = true");
        var block = new PlannedBlock(UUID.randomUUID(), UUID.randomUUID(), "Write report", Instant.parse("2026-12-07T09:00:00Z"),
                Instant.parse("2026-12-07T10:00:00Z"), false, "Morning focus");
        writeBack.dayChanged(user, DAY, List.of(block));
        var externalId = provider.events.keySet().iterator().next();
        var movedByPerson = new ExternalEvent(externalId, "Write report", Instant.parse("2026-12-07T15:00:00Z"), Instant.parse("2026-12-07T16:00:00Z"),
                null, null, Availability.BUSY, false, block.blockId());
        provider.script("work", new SyncBatch(true, List.of(movedByPerson), List.of(), "c1"), new SyncBatch(false, List.of(movedByPerson), List.of(), "c2"));

        engine.round();
        clock.set(NOW.plusSeconds(600));
        engine.round();

        assertThat(provider.moved).singleElement().satisfies(m -> {
            assertThat(m.blockId()).isEqualTo(block.blockId());
            assertThat(m.start()).isEqualTo(Instant.parse("2026-12-07T15:00:00Z"));
            assertThat(m.end()).isEqualTo(Instant.parse("2026-12-07T16:00:00Z"));
        });
        assertThat(busyTime.busy(user, Instant.parse("2026-12-07T00:00:00Z"), Instant.parse("2026-12-08T00:00:00Z")))
                .as("Helmsman's own blocks are not busy time").isEmpty();
    }

    @Test
    void add_to_calendar_sends_a_dated_task_as_one_block_however_often_it_is_sent() {
        providerSources.register(user, UUID.randomUUID(), SourceKind.GOOGLE, List.of(new ProviderCalendar("work", "Work", true, true)));
        fixtures.signIn("ada@example.com");
        calendars.setReceivesBlocks(sourceId("work"), true);
        var task = tasks.create(TaskDraft.titled("Write report")).id();
        var details = tasks.get(task);
        tasks.update(task, details.version(), new TaskChange("Write report", null, details.status(), null, null, 90, null, 2, DAY, LocalTime.of(10, 0),
                null, null, List.of(), null, null));

        var first = calendars.addToCalendar(task);
        calendars.addToCalendar(task);

        assertThat(first).isEqualTo("Added to Work and to your Helmsman feed.");
        assertThat(provider.events.values()).singleElement().satisfies(e -> {
            assertThat(e.block().title()).isEqualTo("Write report");
            assertThat(e.block().end()).isEqualTo(Instant.parse("2026-12-07T11:30:00Z"));
        });
        assertThat(jdbc.queryForObject("select count(*) from calendar_planned_blocks", Integer.class)).isEqualTo(1);
    }

    @Test
    void deleting_the_account_deletes_its_calendars_events_mappings_blocks_and_feed() {
        providerSources.register(user, UUID.randomUUID(), SourceKind.GOOGLE, List.of(new ProviderCalendar("work", "Work", true, true)));
        jdbc.update("update calendar_sources set receives_blocks = true");
        provider.script("work", new SyncBatch(true, List.of(event("a", "Dentist", "2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z",
                Availability.BUSY, false)), List.of(), "c"));
        engine.round();
        writeBack.dayChanged(user, DAY, List.of(new PlannedBlock(UUID.randomUUID(), null, "Focus", Instant.parse("2026-12-07T11:00:00Z"),
                Instant.parse("2026-12-07T12:00:00Z"), false, "")));
        fixtures.signIn("ada@example.com");
        calendars.regenerateFeed();

        accounts.deleteAccount(Fixtures.PASSWORD);

        for (var table : List.of("calendar_sources", "calendar_events", "calendar_block_mappings", "calendar_planned_blocks", "calendar_feed_tokens")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
        }
    }
}
