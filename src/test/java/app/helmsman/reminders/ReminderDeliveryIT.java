package app.helmsman.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.planner.DayPlanChanged;
import app.helmsman.planner.PlannedBlock;
import app.helmsman.reminders.internal.ReminderDelivery;
import app.helmsman.reminders.internal.ReminderStore;
import app.helmsman.tasks.ChildrenOption;
import app.helmsman.tasks.QuickAddService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.quickadd.QuickAddParser;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Scheduling and delivery of reminders, driven by the test clock (issue 15; ADR 0019). */
@IntegrationTest
class ReminderDeliveryIT {

    static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    QuickAddService quickAdd;
    @Autowired
    ReminderService reminders;
    @Autowired
    ReminderDelivery delivery;
    @Autowired
    ReminderStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry registry;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    UUID ada;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        ada = fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
        at(DAY, 12, 0);
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    @Test
    void a_planned_time_is_delivered_once_at_its_time_and_not_before() {
        var task = planned("Call the dentist", DAY, 15, 0);
        var before = delivered();

        clock.set(instant(DAY, 15, 0).minusSeconds(1));
        delivery.round();
        assertThat(reminders.unreadCount()).isZero();

        at(DAY, 15, 0);
        delivery.round();
        delivery.round();

        assertThat(delivered() - before).isEqualTo(1);
        var shown = reminders.recent();
        assertThat(shown).singleElement().satisfies(r -> {
            assertThat(r.taskId()).isEqualTo(task);
            assertThat(r.kind()).isEqualTo(ReminderKind.DO_TIME);
            assertThat(r.message()).isEqualTo("'Call the dentist' is planned for 15:00");
            assertThat(r.lateNote()).isEmpty();
            assertThat(r.read()).isFalse();
        });
        assertThat(reminders.unreadCount()).isEqualTo(1);
    }

    @Test
    void quiet_hours_hold_reminders_until_they_end_but_not_a_hard_deadline_today() {
        var preferences = reminders.preferences();
        reminders.savePreferences(new ReminderPreferences(LocalTime.of(22, 0), LocalTime.of(10, 0), 3, 30, preferences.kinds(), false, false, false));
        planned("Take the pills", DAY, 23, 0);
        tasks.create(TaskDraft.titled("File the tax return").withDeadlines(null, DAY.plusDays(1)));

        at(DAY, 23, 0);
        delivery.round();
        assertThat(reminders.recent()).isEmpty();

        at(DAY.plusDays(1), 9, 0);
        delivery.round();
        assertThat(reminders.recent()).extracting(Reminder::message).containsExactly("'File the tax return' has its hard deadline today");

        at(DAY.plusDays(1), 9, 59);
        delivery.round();
        assertThat(reminders.recent()).hasSize(1);

        at(DAY.plusDays(1), 10, 0);
        delivery.round();
        assertThat(reminders.recent()).extracting(Reminder::message)
                .containsExactly("'Take the pills' is planned for Wed 10 Jun, 23:00", "'File the tax return' has its hard deadline today");
        assertThat(reminders.recent().getFirst().lateNote()).as("held on purpose, not late").isEmpty();
    }

    @Test
    void more_than_three_within_half_an_hour_arrive_as_one_group() {
        for (int i = 1; i <= 5; i++) {
            planned("Task " + i, DAY, 15, 0);
        }
        planned("Task 6", DAY, 15, 10);
        planned("Task 7", DAY, 15, 31);

        at(DAY, 15, 0);
        delivery.round();
        assertThat(reminders.recent()).filteredOn(r -> !r.grouped()).hasSize(3);
        assertThat(reminders.recent()).filteredOn(Reminder::grouped).hasSize(2);

        at(DAY, 15, 10);
        delivery.round();
        assertThat(reminders.recent().getFirst()).satisfies(r -> {
            assertThat(r.title()).isEqualTo("Task 6");
            assertThat(r.grouped()).as("the window still has its 3").isTrue();
        });

        at(DAY, 15, 31);
        delivery.round();
        assertThat(reminders.recent().getFirst()).satisfies(r -> {
            assertThat(r.title()).isEqualTo("Task 7");
            assertThat(r.grouped()).as("a new window").isFalse();
        });
    }

    @Test
    void on_the_day_summer_time_starts_times_and_quiet_hours_follow_the_wall_clock() {
        fixtures.timeZone(ada, "Europe/Berlin");
        var springForward = LocalDate.of(2026, 3, 29);
        clock.set(Instant.parse("2026-03-28T12:00:00Z"));
        var skipped = planned("Water the plants", springForward, 2, 30); // 02:30 does not exist that night
        planned("Stretch", springForward, 9, 0);

        assertThat(dueAt(skipped)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 03:30 CEST

        clock.set(Instant.parse("2026-03-29T01:30:00Z"));
        delivery.round();
        assertThat(reminders.recent()).as("03:30 is in quiet hours").isEmpty();
        assertThat(dueAt(skipped)).as("held until 08:00 CEST").isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));

        clock.set(Instant.parse("2026-03-29T05:59:59Z"));
        delivery.round();
        assertThat(reminders.recent()).isEmpty();

        clock.set(Instant.parse("2026-03-29T06:00:00Z"));
        delivery.round();
        assertThat(reminders.recent()).extracting(Reminder::message).containsExactly("'Water the plants' is planned for 03:30");

        clock.set(Instant.parse("2026-03-29T07:00:00Z")); // 09:00 CEST
        delivery.round();
        assertThat(reminders.recent()).extracting(Reminder::message).first().isEqualTo("'Stretch' is planned for 09:00");
    }

    @Test
    void a_snoozed_reminder_comes_back_after_ten_minutes() {
        planned("Call the dentist", DAY, 15, 0);
        at(DAY, 15, 0);
        delivery.round();
        var reminder = reminders.recent().getFirst();

        assertThat(reminders.snooze(reminder.id(), Snooze.TEN_MINUTES)).isTrue();
        assertThat(reminders.recent()).isEmpty();
        assertThat(reminders.unreadCount()).isZero();

        clock.set(instant(DAY, 15, 10).minusSeconds(1));
        delivery.round();
        assertThat(reminders.recent()).isEmpty();

        at(DAY, 15, 10);
        delivery.round();
        assertThat(reminders.recent()).extracting(Reminder::id).containsExactly(reminder.id());
        assertThat(reminders.unreadCount()).isEqualTo(1);
    }

    @Test
    void snoozing_until_tomorrow_means_the_end_of_quiet_hours_and_done_clears_it() {
        planned("Call the dentist", DAY, 15, 0);
        at(DAY, 15, 0);
        delivery.round();
        var reminder = reminders.recent().getFirst();

        reminders.snooze(reminder.id(), Snooze.TOMORROW);
        assertThat(dueAt(reminder.taskId())).isEqualTo(instant(DAY.plusDays(1), 8, 0));

        at(DAY.plusDays(1), 8, 0);
        delivery.round();
        assertThat(reminders.recent()).hasSize(1);
        assertThat(reminders.done(reminder.id())).isTrue();
        assertThat(reminders.recent()).isEmpty();
    }

    @Test
    void two_instances_racing_deliver_each_reminder_once() throws Exception {
        for (int i = 0; i < 20; i++) {
            planned("Task " + i, DAY, 15, 0);
        }
        at(DAY, 15, 0);
        var before = delivered();
        var barrier = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var rounds = new ArrayList<Future<?>>();
            for (int instance = 0; instance < 2; instance++) {
                rounds.add(pool.submit(() -> {
                    barrier.await();
                    for (int round = 0; round < 5; round++) {
                        delivery.round();
                    }
                    return null;
                }));
            }
            for (var round : rounds) {
                round.get();
            }
        }

        assertThat(delivered() - before).isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from reminders where state = 'DELIVERED'", Integer.class)).isEqualTo(20);
    }

    @Test
    void a_replica_dying_mid_delivery_leaves_the_reminder_pending_and_the_next_round_says_it_is_late() {
        planned("Call the dentist", DAY, 15, 0);
        at(DAY, 15, 0);
        var dying = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> dying.executeWithoutResult(status -> {
            assertThat(store.claimDue(ada, clock.instant())).hasSize(1);
            store.markDelivered(store.claimDue(ada, clock.instant()).stream().map(r -> r.id()).toList(), clock.instant(), List.of(), List.of());
            throw new IllegalStateException("the replica died before its commit");
        })).hasMessageContaining("died");
        assertThat(jdbc.queryForObject("select state from reminders", String.class)).isEqualTo("PENDING");

        at(DAY, 15, 5);
        delivery.round();

        assertThat(reminders.recent()).singleElement().satisfies(r -> {
            assertThat(r.message()).isEqualTo("'Call the dentist' is planned for 15:00");
            assertThat(r.lateNote()).isEqualTo("This was for 15:00");
            assertThat(r.grouped()).isFalse();
        });
    }

    @Test
    void after_downtime_late_reminders_arrive_as_one_group_that_says_so() {
        planned("First", DAY, 15, 0);
        planned("Second", DAY, 15, 5);
        planned("Third", DAY, 15, 10);

        at(DAY, 17, 0);
        delivery.round();

        assertThat(reminders.recent()).hasSize(3).allSatisfy(r -> {
            assertThat(r.grouped()).isTrue();
            assertThat(r.lateNote()).startsWith("This was for 15:");
        });
    }

    @Test
    void completing_a_task_or_moving_its_time_replaces_its_pending_reminder() {
        var moved = planned("Call the dentist", DAY, 15, 0);
        var done = planned("Pay rent", DAY, 16, 0);

        var details = tasks.get(moved);
        tasks.update(moved, details.version(), details.toChange().withDoDate(DAY, LocalTime.of(17, 30)));
        tasks.complete(done, ChildrenOption.COMPLETE_CHILDREN);

        assertThat(jdbc.queryForList("select due_at from reminders where state = 'PENDING'", java.sql.Timestamp.class))
                .extracting(java.sql.Timestamp::toInstant).containsExactly(instant(DAY, 17, 30));
    }

    @Test
    void remind_me_from_quick_add_makes_a_reminder_at_that_time() {
        var parsed = new QuickAddParser().parse("Call mom remind 5pm", clock.instant().atZone(ZoneId.of("UTC")));
        quickAdd.save(parsed);

        at(DAY, 17, 0);
        delivery.round();

        assertThat(reminders.recent()).extracting(Reminder::message).containsExactly("You asked to be reminded: 'Call mom'");
    }

    @Test
    void a_day_plan_replaces_that_days_block_reminders() {
        var write = tasks.create(TaskDraft.titled("Write the report")).id();
        var review = tasks.create(TaskDraft.titled("Review the budget")).id();
        var utc = ZoneId.of("UTC");
        var first = new PlannedBlock(UUID.randomUUID(), write, "Write the report", instant(DAY, 14, 0), instant(DAY, 15, 0), false, "Morning");
        var second = new PlannedBlock(UUID.randomUUID(), review, "Review the budget", instant(DAY, 16, 0), instant(DAY, 17, 0), false, "After");

        events.publishEvent(new DayPlanChanged(ada, DAY, utc, List.of(first, second)));
        events.publishEvent(new DayPlanChanged(ada, DAY, utc, List.of(second)));

        assertThat(jdbc.queryForList("select title from reminders where kind = 'BLOCK' and state = 'PENDING'", String.class))
                .containsExactly("Review the budget");
        at(DAY, 16, 0);
        delivery.round();
        assertThat(reminders.recent()).extracting(Reminder::message).containsExactly("Your time for 'Review the budget' starts at 16:00");
    }

    @Test
    void a_kind_switched_off_is_never_shown() {
        var preferences = reminders.preferences();
        var kinds = EnumSet.copyOf(preferences.kinds());
        kinds.remove(ReminderKind.DO_TIME);
        reminders.savePreferences(new ReminderPreferences(preferences.quietStart(), preferences.quietEnd(), 3, 30, kinds, false, false, false));
        planned("Call the dentist", DAY, 15, 0);

        at(DAY, 15, 0);
        delivery.round();

        assertThat(reminders.recent()).isEmpty();
        assertThat(jdbc.queryForObject("select state from reminders", String.class)).isEqualTo("DONE");
    }

    @Test
    void nobody_else_can_read_snooze_mark_or_clear_a_persons_reminder() {
        planned("Call the dentist", DAY, 15, 0);
        at(DAY, 15, 0);
        delivery.round();
        var id = reminders.recent().getFirst().id();
        fixtures.user("bea@example.com");
        fixtures.signIn("bea@example.com");

        assertThat(reminders.find(List.of(id))).isEmpty();
        assertThat(reminders.recent()).isEmpty();
        assertThat(reminders.markRead(id)).isFalse();
        assertThat(reminders.snooze(id, Snooze.ONE_HOUR)).isFalse();
        assertThat(reminders.done(id)).isFalse();
        assertThat(reminders.markAllRead()).isZero();

        fixtures.signIn("ada@example.com");
        assertThat(reminders.recent()).singleElement().satisfies(r -> assertThat(r.read()).isFalse());
    }

    @Test
    void settings_out_of_bounds_are_refused_with_a_sentence() {
        var p = ReminderPreferences.defaults();
        assertThatThrownBy(() -> reminders.savePreferences(new ReminderPreferences(p.quietStart(), p.quietEnd(), 0, 30, p.kinds(), false, false, false)))
                .isInstanceOf(ReminderValidationException.class).hasMessage("Show between 1 and 20 reminders one by one, not 0.");
        assertThatThrownBy(() -> reminders.savePreferences(new ReminderPreferences(p.quietStart(), p.quietEnd(), 3, 1000, p.kinds(), false, false, false)))
                .isInstanceOf(ReminderValidationException.class).hasMessage("The window must be 5 to 240 minutes, not 1000.");
        assertThat(reminders.preferences()).isEqualTo(ReminderPreferences.defaults());
    }

    // ---------------------------------------------------------------- helpers

    private UUID planned(String title, LocalDate day, int hour, int minute) {
        return tasks.create(TaskDraft.titled(title).withDoDate(day).withDoTime(LocalTime.of(hour, minute))).id();
    }

    private Instant dueAt(UUID task) {
        return jdbc.queryForObject("select due_at from reminders where task_id = ? order by due_at limit 1", java.sql.Timestamp.class, task).toInstant();
    }

    private void at(LocalDate day, int hour, int minute) {
        clock.set(instant(day, hour, minute));
    }

    private static Instant instant(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).toInstant(java.time.ZoneOffset.UTC);
    }

    private double delivered() {
        return registry.get("helmsman.reminders.delivered").counter().count();
    }
}
