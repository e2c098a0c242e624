package app.helmsman.planner.engine;

import static app.helmsman.planner.engine.PlanFixtures.BERLIN;
import static app.helmsman.planner.engine.PlanFixtures.MONDAY;
import static app.helmsman.planner.engine.PlanFixtures.day;
import static app.helmsman.planner.engine.PlanFixtures.energy;
import static app.helmsman.planner.engine.PlanFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.planner.engine.PlanInput.Kind;
import app.helmsman.planner.engine.PlanInput.Level;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of the day planner's behaviour (issue 14): what a person sees for days they know. */
class DayPlannerTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Test
    void an_empty_day_has_no_blocks_and_all_working_hours_free() {
        var plan = day().plan();

        assertThat(plan.blocks()).isEmpty();
        assertThat(plan.notToday()).isEmpty();
        assertThat(plan.freeMinutes()).isEqualTo(8 * 60);
        assertThat(plan.plannedMinutes()).isZero();
    }

    @Test
    void tasks_fill_the_day_from_the_start_of_working_hours_in_order_of_preference() {
        var plan = day().tasks(task("Later").minutes(60).priority(4), task("First").minutes(30).priority(1)).plan();

        assertThat(times(plan)).containsExactly("First 09:00-09:30", "Later 09:30-10:30");
        assertThat(plan.plannedMinutes()).isEqualTo(90);
        assertThat(plan.freeMinutes()).isEqualTo(480);
    }

    @Test
    void a_fully_booked_day_plans_nothing_and_says_there_is_no_free_time() {
        var plan = day().busy("08:00", "12:00").busy("11:30", "17:30").tasks(task("Write report").minutes(60)).plan();

        assertThat(plan.blocks()).isEmpty();
        assertThat(plan.freeMinutes()).isZero();
        assertThat(plan.notToday()).singleElement().satisfies(n -> assertThat(n.reason()).isEqualTo("needs 1 h, no free time left"));
    }

    @Test
    void an_all_day_event_takes_the_whole_day() {
        var d = day();
        var plan = d.busy(MONDAY.atStartOfDay(BERLIN).toInstant(), MONDAY.plusDays(1).atStartOfDay(BERLIN).toInstant())
                .tasks(task("Call bank").minutes(15)).plan();

        assertThat(plan.blocks()).isEmpty();
        assertThat(plan.freeMinutes()).isZero();
        assertThat(plan.notToday()).extracting(DayPlan.NotToday::title).containsExactly("Call bank");
    }

    @Test
    void a_task_that_needs_more_than_the_free_time_says_how_much_it_needs_and_how_much_is_free() {
        var plan = day().busy("10:00", "17:00").tasks(task("Tax return").minutes(180)).plan();

        assertThat(plan.blocks()).isEmpty();
        assertThat(plan.notToday()).singleElement().extracting(DayPlan.NotToday::reason).isEqualTo("needs 3 h, 1 h free");
    }

    @Test
    void a_person_without_any_estimates_gets_default_sized_blocks_marked_as_guesses() {
        var plan = day().tasks(task("Email Sam"), task("Fix the bike"), task("Plan trip")).plan();

        assertThat(plan.blocks()).hasSize(3).allSatisfy(block -> {
            assertThat(Duration.between(block.start(), block.end())).isEqualTo(Duration.ofMinutes(30));
            assertThat(block.guessed()).isTrue();
            assertThat(block.reason()).endsWith("estimate guessed (30 min)");
        });
        assertThat(plan.plannedMinutes()).isEqualTo(90);
    }

    @Test
    void on_berlins_spring_forward_day_a_start_in_the_gap_moves_forwards_and_the_day_has_23_hours() {
        var day = LocalDate.of(2026, 3, 29);
        var plan = day().on(day, BERLIN).hours("02:30", "05:00").tasks(task("Early start").minutes(60)).plan();

        assertThat(plan.freeMinutes()).isEqualTo(90); // 03:30-05:00: 02:30 does not exist that night
        assertThat(times(plan, BERLIN)).containsExactly("Early start 03:30-04:30");

        var whole = day().on(day, BERLIN).hours("00:00", "00:00").plan();
        assertThat(whole.freeMinutes()).isEqualTo(23 * 60);
    }

    @Test
    void on_berlins_fall_back_day_the_repeated_hour_is_working_time_and_the_day_has_25_hours() {
        var day = LocalDate.of(2026, 10, 25);
        var plan = day().on(day, BERLIN).hours("01:00", "04:00").tasks(task("Night shift").minutes(200)).maxChunk(240).plan();

        assertThat(plan.freeMinutes()).isEqualTo(4 * 60);
        assertThat(plan.blocks()).singleElement()
                .satisfies(b -> assertThat(Duration.between(b.start(), b.end())).isEqualTo(Duration.ofMinutes(200)));
        assertThat(day().on(day, BERLIN).hours("00:00", "00:00").plan().freeMinutes()).isEqualTo(25 * 60);
    }

    @Test
    void on_new_yorks_spring_forward_and_fall_back_days_working_hours_follow_the_clock() {
        var spring = LocalDate.of(2026, 3, 8);
        var springPlan = day().on(spring, NEW_YORK).hours("01:00", "04:00").tasks(task("Deploy").minutes(90)).plan();
        assertThat(springPlan.freeMinutes()).isEqualTo(2 * 60);
        assertThat(times(springPlan, NEW_YORK)).containsExactly("Deploy 01:00-03:30");

        var fall = LocalDate.of(2026, 11, 1);
        var fallPlan = day().on(fall, NEW_YORK).hours("00:00", "00:00").plan();
        assertThat(fallPlan.freeMinutes()).isEqualTo(25 * 60);
        var gapStart = day().on(spring, NEW_YORK).hours("02:15", "06:00").plan();
        assertThat(gapStart.freeMinutes()).isEqualTo(165); // 03:15-06:00
    }

    @Test
    void working_hours_partly_past_plan_from_now_on_a_round_five_minutes() {
        var plan = day().now("13:07").tasks(task("Reply to Ana").minutes(20)).plan();

        assertThat(times(plan)).containsExactly("Reply to Ana 13:10-13:30");
        assertThat(plan.freeMinutes()).isEqualTo(230);
        assertThat(day().now("18:00").tasks(task("Reply to Ana").minutes(20)).plan().blocks()).isEmpty();
    }

    @Test
    void a_long_task_is_split_into_chunks_of_at_most_the_chunk_length_with_breaks_between() {
        var plan = day().breaks(10).tasks(task("Thesis chapter").minutes(200)).plan();

        assertThat(times(plan)).containsExactly("Thesis chapter 09:00-10:30", "Thesis chapter 10:40-12:10", "Thesis chapter 12:20-12:40");
        assertThat(plan.blocks()).extracting(DayPlan.Block::chunk).containsExactly(1, 2, 3);
        assertThat(plan.blocks()).allSatisfy(b -> assertThat(b.chunks()).isEqualTo(3));
        assertThat(plan.blocks().get(1).reason()).isEqualTo("Free time this morning; part 2 of 3");
        assertThat(plan.plannedMinutes()).isEqualTo(200);
    }

    @Test
    void no_chunk_is_shorter_than_15_minutes_unless_the_task_is() {
        assertThat(DayPlanner.chunkSizes(95, 90)).containsExactly(80, 15);
        assertThat(DayPlanner.chunkSizes(180, 90)).containsExactly(90, 90);
        assertThat(DayPlanner.chunkSizes(200, 90)).containsExactly(90, 90, 20);
        assertThat(DayPlanner.chunkSizes(10, 90)).containsExactly(10);
        assertThat(DayPlanner.chunkSizes(45, 20)).containsExactly(15, 15, 15);
    }

    @Test
    void a_busy_event_counts_as_the_break_between_blocks() {
        var plan = day().breaks(15).busy("10:00", "10:30").tasks(task("A").minutes(60).priority(1), task("B").minutes(60).priority(2),
                task("C").minutes(30).priority(3)).plan();

        assertThat(times(plan)).containsExactly("A 09:00-10:00", "B 10:30-11:30", "C 11:45-12:15");
    }

    @Test
    void a_blocker_is_planned_before_the_task_that_waits_for_it_even_when_it_ranks_lower() {
        var plan = day().tasks(task("Send invoice").minutes(30).priority(1).after("Get numbers"), task("Get numbers").minutes(60).priority(4))
                .plan();

        assertThat(times(plan)).containsExactly("Get numbers 09:00-10:00", "Send invoice 10:00-10:30");
        assertThat(plan.blocks().get(1).reason()).contains("after 'Get numbers'");
    }

    @Test
    void a_task_waiting_for_something_outside_the_plan_is_not_today_with_the_blockers_name() {
        var plan = day().tasks(task("Order parts").minutes(30).waitingFor("Get quote"), task("Tidy desk").minutes(15)).plan();

        assertThat(plan.notToday()).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Order parts");
            assertThat(n.reason()).isEqualTo("waiting for 'Get quote'");
        });
        assertThat(plan.blocks()).extracting(DayPlan.Block::title).containsExactly("Tidy desk");
    }

    @Test
    void a_task_whose_blocker_did_not_fit_does_not_fit_either() {
        var plan = day().hours("09:00", "10:00").tasks(task("Big blocker").minutes(120), task("Follow-up").minutes(15).after("Big blocker")).plan();

        assertThat(plan.blocks()).isEmpty();
        assertThat(plan.notToday()).extracting(DayPlan.NotToday::reason)
                .containsExactly("needs 2 h, 1 h free", "waits for 'Big blocker', which is not in today's plan");
    }

    @Test
    void tasks_waiting_for_each_other_in_a_circle_are_not_planned_and_the_reason_says_so() {
        var plan = day().tasks(task("Hire").minutes(30).after("Budget"), task("Budget").minutes(30).after("Hire"), task("Walk").minutes(30)).plan();

        assertThat(plan.blocks()).extracting(DayPlan.Block::title).containsExactly("Walk");
        assertThat(plan.notToday()).hasSize(2).allSatisfy(n -> assertThat(n.reason()).contains("wait for each other"));
    }

    @Test
    void the_daily_limit_in_minutes_leaves_the_rest_for_another_day() {
        var plan = day().capacity(120, 10).tasks(task("One").minutes(60).priority(1), task("Two").minutes(60).priority(2),
                task("Three").minutes(60).priority(3)).plan();

        assertThat(plan.blocks()).extracting(DayPlan.Block::title).containsExactly("One", "Two");
        assertThat(plan.notToday()).singleElement().satisfies(n -> assertThat(n.reason()).isEqualTo("over your daily limit"));
    }

    @Test
    void the_daily_limit_in_tasks_counts_pinned_tasks_too() {
        var plan = day().capacity(480, 2).pin("Dentist prep", "16:00", "16:30")
                .tasks(task("One").minutes(15).priority(1), task("Two").minutes(15).priority(2)).plan();

        assertThat(plan.blocks()).extracting(DayPlan.Block::title).containsExactly("One", "Dentist prep");
        assertThat(plan.notToday()).extracting(DayPlan.NotToday::title).containsExactly("Two");
        assertThat(plan.plannedMinutes()).isEqualTo(45);
    }

    @Test
    void demanding_work_goes_to_high_energy_hours_and_admin_to_low_ones() {
        var plan = day().energy(energy(Level.HIGH, 10, 12, Level.LOW, 14, 17))
                .tasks(task("Expenses").minutes(60).kind(Kind.ADMIN).priority(1), task("Design review").minutes(90).energy(Level.HIGH).priority(2),
                        task("Reading").minutes(30).priority(3))
                .plan();

        assertThat(times(plan)).containsExactly("Reading 09:00-09:30", "Design review 10:00-11:30", "Expenses 14:00-15:00");
        assertThat(reasonOf(plan, "Design review")).isEqualTo("High-energy morning slot");
        assertThat(reasonOf(plan, "Expenses")).isEqualTo("Low-energy afternoon slot, good for admin; priority 1");
    }

    @Test
    void an_energy_wish_never_pushes_a_better_ranked_task_out_of_the_day() {
        // the low hours at the end hold only one of the two admin tasks; the better one gets it, the other still fits earlier
        var plan = day().hours("09:00", "11:00").energy(energy(Level.LOW, 10, 11, Level.LOW, 10, 11))
                .tasks(task("Important admin").minutes(60).kind(Kind.ADMIN).priority(1), task("Other admin").minutes(60).kind(Kind.ADMIN).priority(4))
                .plan();

        assertThat(times(plan)).containsExactly("Other admin 09:00-10:00", "Important admin 10:00-11:00");
        assertThat(plan.notToday()).isEmpty();
    }

    @Test
    void pinned_blocks_come_back_unchanged_and_other_blocks_keep_a_break_from_them() {
        var d = day().breaks(15).pin("Write speech", "09:30", "10:30").tasks(task("Write speech").minutes(180), task("Inbox").minutes(30));
        var plan = d.plan();

        var pinned = d.pinned.getFirst();
        assertThat(plan.blocks()).filteredOn(DayPlan.Block::pinned).singleElement().satisfies(b -> {
            assertThat(b.blockId()).isEqualTo(pinned.blockId());
            assertThat(b.start()).isEqualTo(pinned.start());
            assertThat(b.end()).isEqualTo(pinned.end());
        });
        // the rest of the pinned task comes first, then the 30 minutes before 09:30 are too short with the break
        assertThat(times(plan)).containsExactly("Write speech 09:30-10:30", "Write speech 10:45-12:15", "Write speech 12:30-13:00",
                "Inbox 13:15-13:45");
        assertThat(plan.freeMinutes()).isEqualTo(420);
    }

    @Test
    void the_rest_of_a_task_with_a_pinned_chunk_follows_the_pin_as_the_next_chunks() {
        var plan = day().now("10:00").pin("Thesis chapter", "09:00", "10:30").tasks(task("Thesis chapter").minutes(200)).plan();

        assertThat(times(plan)).containsExactly("Thesis chapter 09:00-10:30", "Thesis chapter 10:30-12:00", "Thesis chapter 12:00-12:20");
        assertThat(plan.blocks()).extracting(DayPlan.Block::chunk).containsExactly(1, 2, 3);
        assertThat(plan.blocks().get(2).blockId()).isEqualTo(DayPlanner.blockId(PlanFixtures.id("Thesis chapter"), 3));
        assertThat(plan.plannedMinutes()).isEqualTo(200);
    }

    @Test
    void re_planning_later_keeps_block_ids_and_never_starts_before_now() {
        var first = day().tasks(task("A").minutes(60).priority(1), task("B").minutes(60)).plan();
        var later = day().now("09:20").tasks(task("A").minutes(60).priority(1), task("B").minutes(60)).plan();

        assertThat(later.blocks()).extracting(DayPlan.Block::blockId).containsExactlyElementsOf(first.blocks().stream().map(DayPlan.Block::blockId).toList());
        assertThat(times(later)).containsExactly("A 09:20-10:20", "B 10:20-11:20");
    }

    @Test
    void a_hard_deadline_today_is_met_even_when_placing_tasks_one_by_one_would_miss_it() {
        // free: 09:00-10:30 (90 min) and 12:00-13:00 (60 min); earliest-first would put the 60-minute task in the first gap
        var plan = day().busy("10:30", "12:00").busy("13:00", "17:00")
                .tasks(task("Short").minutes(60).priority(1).due(MONDAY), task("Long").minutes(90).priority(2).due(MONDAY)).plan();

        assertThat(times(plan)).containsExactly("Long 09:00-10:30", "Short 12:00-13:00");
        assertThat(plan.notToday()).isEmpty();
    }

    @Test
    void a_hard_deadline_today_wins_the_last_free_hour_over_a_chosen_task() {
        var plan = day().hours("09:00", "10:00").tasks(task("Picked").minutes(60).chosen(), task("Visa form").minutes(60).due(MONDAY)).plan();

        assertThat(plan.blocks()).extracting(DayPlan.Block::title).containsExactly("Visa form");
        assertThat(reasonOf(plan, "Visa form")).isEqualTo("Due today");
    }

    @Test
    void chosen_tasks_come_before_anything_not_chosen() {
        var plan = day().hours("09:00", "10:00").tasks(task("Urgent-ish").minutes(60).priority(1).aimingFor(MONDAY), task("Picked").minutes(60).chosen().priority(4))
                .plan();

        assertThat(plan.blocks()).extracting(DayPlan.Block::title).containsExactly("Picked");
        assertThat(reasonOf(plan, "Picked")).isEqualTo("Chosen for today");
        assertThat(plan.notToday()).singleElement().extracting(DayPlan.NotToday::reason).isEqualTo("needs 1 h, no free time left");
    }

    @Test
    void reasons_state_deadlines_calmly_and_name_what_placed_the_block() {
        var plan = day().energy(energy(Level.HIGH, 9, 12, Level.LOW, 14, 17))
                .tasks(task("Pitch deck").minutes(60).energy(Level.HIGH).due(MONDAY.plusDays(4)),
                        task("Renew insurance").minutes(30).due(MONDAY.minusDays(1)),
                        task("Call grandma").minutes(30).kind(Kind.SOCIAL).carriedOver(),
                        task("Old form").minutes(15).aimingFor(MONDAY.minusDays(10)).priority(1))
                .plan();

        assertThat(reasonOf(plan, "Pitch deck")).isEqualTo("High-energy morning slot; due Friday");
        assertThat(reasonOf(plan, "Renew insurance")).isEqualTo("Due yesterday");
        assertThat(reasonOf(plan, "Call grandma")).isEqualTo("Low-energy afternoon slot, good for calls and people; carried over from an earlier day");
        assertThat(reasonOf(plan, "Old form")).isEqualTo("Aiming for 27 Nov; priority 1");
        assertThat(plan.blocks()).allSatisfy(b -> assertThat(b.reason().toLowerCase()).doesNotContain("overdue", "late", "missed"));
    }

    @Test
    void the_same_input_gives_the_same_plan() {
        var d = day().breaks(5).energy(energy(Level.HIGH, 9, 11, Level.LOW, 15, 17)).busy("11:00", "12:00")
                .tasks(task("A").minutes(100).energy(Level.HIGH), task("B").kind(Kind.ADMIN), task("C").minutes(45).after("A"));

        assertThat(new DayPlanner().plan(d.input())).isEqualTo(new DayPlanner().plan(d.input()));
    }

    // ---------------------------------------------------------------- helpers

    static List<String> times(DayPlan plan) {
        return times(plan, BERLIN);
    }

    static List<String> times(DayPlan plan, ZoneId zone) {
        return plan.blocks().stream()
                .map(b -> b.title() + " " + HH_MM.format(b.start().atZone(zone)) + "-" + HH_MM.format(b.end().atZone(zone)))
                .toList();
    }

    static String reasonOf(DayPlan plan, String title) {
        return plan.blocks().stream().filter(b -> b.title().equals(title)).findFirst().orElseThrow().reason();
    }
}
