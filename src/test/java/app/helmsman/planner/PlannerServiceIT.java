package app.helmsman.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.tasks.ChildrenOption;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class PlannerServiceIT {

    /** A Monday, before working hours (09:00-17:00 UTC by default). */
    static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T08:00:00Z");
    static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TestBusyTime calendar;
    @Autowired
    PlannerService planner;
    @Autowired
    TaskService tasks;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    ApplicationEvents events;

    UUID ada;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        calendar.clear();
        clock.set(MONDAY_MORNING);
        ada = fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
    }

    @AfterEach
    void tearDown() {
        calendar.clear();
        fixtures.signOut();
    }

    private UUID task(String title, int minutes) {
        return tasks.create(TaskDraft.titled(title).withEstimate(minutes).withDoDate(MONDAY)).id();
    }

    private long planChanges() {
        return events.stream(DayPlanChanged.class).filter(e -> e.userId().equals(ada)).count();
    }

    @Test
    void a_draft_plans_ready_tasks_inside_working_hours_without_overlap_and_every_block_explains_itself() {
        task("Write report", 60);
        task("Call the bank", 15);
        task("Tidy desk", 30);

        var plan = planner.today();

        assertThat(plan.accepted()).isFalse();
        assertThat(plan.blocks()).extracting(TodayPlan.Block::title).containsExactlyInAnyOrder("Write report", "Call the bank", "Tidy desk");
        assertWellFormed(plan);
        assertThat(plan.plannedMinutes()).isEqualTo(105);
        assertThat(plan.freeMinutes()).isEqualTo(8 * 60);
        assertThat(planChanges()).as("drafts publish nothing").isZero();
    }

    @Test
    void an_accepted_plan_is_stored_and_read_back_the_same_and_published_once() {
        task("Write report", 60);
        task("Call the bank", 15);

        var accepted = planner.accept();
        var again = planner.today();

        assertThat(accepted.accepted()).isTrue();
        assertThat(again.accepted()).isTrue();
        assertThat(again.blocks()).isEqualTo(accepted.blocks());
        assertThat(planChanges()).isEqualTo(1);
        var published = events.stream(DayPlanChanged.class).findFirst().orElseThrow();
        assertThat(published.day()).isEqualTo(MONDAY);
        assertThat(published.blocks()).extracting(PlannedBlock::blockId).containsExactlyElementsOf(accepted.blocks().stream().map(TodayPlan.Block::blockId).toList());
    }

    @Test
    void completing_a_planned_task_re_plans_the_rest_of_today_and_keeps_pinned_blocks_where_they_are() {
        task("Write report", 60);
        task("Call the bank", 15);
        task("Tidy desk", 30);
        var plan = planner.accept();
        var first = plan.blocks().getFirst();
        var report = first.taskId();
        var last = plan.blocks().getLast();
        planner.pin(last.blockId());
        var changesBefore = planChanges();
        clock.set(first.start().plus(Duration.ofMinutes(10)));

        tasks.complete(report, ChildrenOption.COMPLETE_CHILDREN);

        var replanned = planner.today();
        assertThat(replanned.blocks()).extracting(TodayPlan.Block::taskId).doesNotContain(report);
        assertThat(replanned.blocks()).filteredOn(TodayPlan.Block::pinned).singleElement().satisfies(pinned -> {
            assertThat(pinned.blockId()).isEqualTo(last.blockId());
            assertThat(pinned.start()).isEqualTo(last.start());
            assertThat(pinned.end()).isEqualTo(last.end());
        });
        assertThat(replanned.blocks()).allSatisfy(b -> assertThat(b.start()).isAfterOrEqualTo(clock.instant()));
        assertWellFormed(replanned);
        assertThat(planChanges() - changesBefore).as("one DayPlanChanged for the completion").isEqualTo(1);
    }

    @Test
    void completing_a_task_late_gives_the_block_its_overrun_pushed_out_a_new_time_after_now() {
        task("Write report", 60);
        task("Call the bank", 15);
        task("Tidy desk", 30);
        var plan = planner.accept();
        var first = plan.blocks().getFirst();
        var second = plan.blocks().get(1);
        // the first task ran on past the second block's whole slot
        clock.set(second.end().plus(Duration.ofMinutes(5)));

        tasks.complete(first.taskId(), ChildrenOption.COMPLETE_CHILDREN);

        var replanned = planner.today();
        assertThat(replanned.blocks()).filteredOn(b -> b.taskId().equals(second.taskId())).as("the missed block is planned again, not lost")
                .singleElement().satisfies(b -> assertThat(b.start()).isAfterOrEqualTo(clock.instant()));
        assertThat(replanned.blocks()).filteredOn(b -> !b.taskId().equals(first.taskId()))
                .allSatisfy(b -> assertThat(b.start()).isAfterOrEqualTo(clock.instant()));
        assertThat(replanned.notToday()).isEmpty();
        assertWellFormed(replanned);
    }

    @Test
    void a_day_off_drafts_nothing_and_says_so_but_plan_my_day_plans_it_anyway() {
        var saturday = LocalDate.parse("2026-11-28");
        clock.set(Instant.parse("2026-11-28T08:00:00Z"));
        var report = tasks.create(TaskDraft.titled("Write report").withEstimate(60).withDoDate(saturday)).id();

        var draft = planner.today();

        assertThat(draft.workingDay()).isFalse();
        assertThat(draft.blocks()).isEmpty();
        assertThat(draft.notToday()).as("nothing to explain on a day off").isEmpty();

        var planned = planner.planMyDay(Set.of(report), DayEnergy.NORMAL);

        assertThat(planned.blocks()).extracting(TodayPlan.Block::taskId).containsExactly(report);
        assertWellFormed(planned);
    }

    @Test
    void busy_time_from_the_calendar_is_never_planned_over_and_a_change_of_it_re_plans() {
        task("Write report", 90);
        task("Call the bank", 30);
        calendar.add(ada, at("09:00"), at("11:00"), "Team meeting");

        var plan = planner.accept();

        assertThat(plan.commitments()).extracting(TodayPlan.Commitment::title).containsExactly("Team meeting");
        assertThat(plan.blocks()).isNotEmpty().allSatisfy(b -> assertThat(b.start()).isAfterOrEqualTo(at("11:00")));
        assertThat(plan.freeMinutes()).isEqualTo(6 * 60);

        calendar.add(ada, at("11:00"), at("13:00"), "Dentist");
        var before = planChanges();
        publisher.publishEvent(new BusyTimeChanged(ada));

        var replanned = planner.today();
        assertThat(replanned.blocks()).isNotEmpty().allSatisfy(b -> assertThat(b.start()).isAfterOrEqualTo(at("13:00")));
        assertWellFormed(replanned);
        assertThat(planChanges() - before).isEqualTo(1);
    }

    @Test
    void skipping_a_block_leaves_its_task_out_of_today_with_a_reason_and_publishes_once() {
        var report = task("Write report", 60);
        task("Call the bank", 15);
        var plan = planner.accept();
        var block = plan.blocks().stream().filter(b -> b.taskId().equals(report)).findFirst().orElseThrow();
        var before = planChanges();

        var after = planner.skip(block.blockId());

        assertThat(after.blocks()).extracting(TodayPlan.Block::taskId).doesNotContain(report);
        assertThat(after.notToday()).filteredOn(n -> n.taskId().equals(report)).singleElement()
                .satisfies(n -> assertThat(n.reason()).isNotBlank());
        assertThat(planChanges() - before).isEqualTo(1);
    }

    @Test
    void snoozing_a_block_moves_its_task_an_hour_later_at_least() {
        var report = task("Write report", 60);
        var plan = planner.accept();
        clock.set(at("09:05"));

        var after = planner.snooze(plan.blocks().getFirst().blockId());

        assertThat(after.blocks()).filteredOn(b -> b.taskId().equals(report)).singleElement()
                .satisfies(b -> assertThat(b.start()).isAfterOrEqualTo(at("10:05")));
    }

    @Test
    void moving_a_block_pins_it_at_the_new_time_and_a_time_outside_working_hours_is_refused() {
        task("Write report", 60);
        task("Call the bank", 15);
        var plan = planner.accept();
        var block = plan.blocks().getFirst();

        var after = planner.move(block.blockId(), LocalTime.of(14, 0));

        assertThat(after.blocks()).filteredOn(b -> b.blockId().equals(block.blockId())).singleElement().satisfies(b -> {
            assertThat(b.pinned()).isTrue();
            assertThat(b.start()).isEqualTo(at("14:00"));
        });
        assertWellFormed(after);
        assertThatThrownBy(() -> planner.move(block.blockId(), LocalTime.of(16, 55))).isInstanceOf(PlannerValidationException.class)
                .hasMessageContaining("working hours");
    }

    @Test
    void a_low_day_plans_less() {
        for (int i = 1; i <= 8; i++) {
            task("Task " + i, 60);
        }
        var normal = planner.today();

        var low = planner.setEnergy(DayEnergy.LOW);

        assertThat(low.energy()).isEqualTo(DayEnergy.LOW);
        assertThat(low.plannedMinutes()).isLessThan(normal.plannedMinutes());
        assertThat(low.notToday()).extracting(TodayPlan.NotToday::reason).isNotEmpty().allSatisfy(r -> assertThat(r).isNotBlank());
    }

    @Test
    void plan_my_day_plans_only_the_picked_tasks_and_ignores_someone_elses() {
        var report = task("Write report", 60);
        task("Call the bank", 15);
        fixtures.signOut();
        fixtures.user("bob@example.com");
        fixtures.signIn("bob@example.com");
        var bobs = tasks.create(TaskDraft.titled("Bob's secret").withEstimate(30).withDoDate(MONDAY)).id();
        fixtures.signOut();
        fixtures.signIn("ada@example.com");

        var plan = planner.planMyDay(Set.of(report, bobs), DayEnergy.NORMAL);

        assertThat(plan.accepted()).isTrue();
        assertThat(plan.blocks()).extracting(TodayPlan.Block::taskId).containsOnly(report);
        assertThat(planner.suggestions()).extracting(PlanSuggestion::taskId).doesNotContain(bobs);
    }

    @Test
    void another_person_never_sees_or_changes_someone_elses_plan() {
        task("Quokka errand", 30);
        var adas = planner.accept();
        fixtures.signOut();
        fixtures.user("bob@example.com");
        fixtures.signIn("bob@example.com");

        var bobs = planner.today();

        assertThat(bobs.blocks()).isEmpty();
        assertThat(bobs.notToday()).isEmpty();
        assertThat(planner.suggestions()).isEmpty();
        var block = adas.blocks().getFirst().blockId();
        assertThatThrownBy(() -> planner.pin(block)).isInstanceOf(PlanBlockNotFoundException.class);
        assertThatThrownBy(() -> planner.skip(block)).isInstanceOf(PlanBlockNotFoundException.class);
    }

    @Test
    void settings_out_of_bounds_are_refused_with_a_message_per_field() {
        var defaults = planner.preferences();
        assertThat(defaults.breakMinutes()).isEqualTo(10);
        assertThat(defaults.capacityMinutes()).isEqualTo(360);
        assertThat(defaults.capacityTasks()).isEqualTo(8);
        assertThat(defaults.maxChunkMinutes()).isEqualTo(90);
        assertThat(defaults.defaultEstimateMinutes()).isEqualTo(30);

        var bad = new PlanPreferences(defaults.energy(), false, Set.of(), 61, 10, 0, 500, 1);

        assertThatThrownBy(() -> planner.savePreferences(bad)).isInstanceOfSatisfying(PlannerValidationException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("workingDays", "breakMinutes", "capacityMinutes", "capacityTasks", "maxChunkMinutes",
                        "defaultEstimateMinutes"));
        assertThat(planner.preferences()).isEqualTo(defaults);
    }

    @Test
    void a_long_task_is_split_into_chunks_no_longer_than_the_setting() {
        task("Write the thesis chapter", 200);
        var prefs = planner.preferences();
        planner.savePreferences(new PlanPreferences(prefs.energy(), false, prefs.workingDays(), 10, 360, 8, 60, 30));

        var plan = planner.today();

        assertThat(plan.blocks()).hasSizeGreaterThan(1).allSatisfy(b -> assertThat(b.minutes()).isLessThanOrEqualTo(60));
        assertThat(plan.blocks().stream().mapToInt(TodayPlan.Block::minutes).sum()).isEqualTo(200);
        assertWellFormed(plan);
    }

    static Instant at(String time) {
        return MONDAY.atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
    }

    /** Properties any planner must keep (the engine may place blocks anywhere that keeps them). */
    static void assertWellFormed(TodayPlan plan) {
        var start = plan.day().atTime(plan.workStart()).atZone(plan.zone()).toInstant();
        var end = plan.day().atTime(plan.workEnd()).atZone(plan.zone()).toInstant();
        List<TodayPlan.Block> blocks = plan.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            var b = blocks.get(i);
            assertThat(b.start()).as("inside working hours").isAfterOrEqualTo(start);
            assertThat(b.end()).as("inside working hours").isAfterOrEqualTo(b.start()).isBeforeOrEqualTo(end);
            assertThat(b.reason()).as("every block explains itself").isNotBlank();
            for (var c : plan.commitments()) {
                assertThat(b.start().isBefore(c.end()) && b.end().isAfter(c.start())).as(b.title() + " overlaps " + c.title()).isFalse();
            }
            for (int j = i + 1; j < blocks.size(); j++) {
                var o = blocks.get(j);
                assertThat(b.start().isBefore(o.end()) && b.end().isAfter(o.start())).as(b.title() + " overlaps " + o.title()).isFalse();
            }
        }
    }
}
