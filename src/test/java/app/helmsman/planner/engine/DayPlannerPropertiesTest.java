package app.helmsman.planner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.planner.engine.PlanInput.Candidate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The planner's promises over thousands of random days ({@link RandomDays}: DST days in several zones, overlapping
 * and all-day events, pins, blockers, circles, tight capacities).
 */
class DayPlannerPropertiesTest {

    private final DayPlanner planner = new DayPlanner();

    @Property(tries = 4000)
    void blocks_never_overlap_commitments_pins_or_each_other_and_stay_inside_working_hours_after_now(@ForAll long seed) {
        var input = RandomDays.day(seed);
        var plan = planner.plan(input);
        var planned = planned(plan);
        var workStart = ZonedDateTime.of(input.day(), input.workStart(), input.zone()).toInstant();
        var workEnd = input.workEnd().equals(LocalTime.MIDNIGHT) ? input.day().plusDays(1).atStartOfDay(input.zone()).toInstant()
                : ZonedDateTime.of(input.day(), input.workEnd(), input.zone()).toInstant();
        for (var block : planned) {
            assertThat(block.end()).isAfter(block.start());
            assertThat(block.start()).isAfterOrEqualTo(input.now()).isAfterOrEqualTo(workStart);
            assertThat(block.end()).isBeforeOrEqualTo(workEnd);
            for (var busy : input.busy()) {
                assertThat(overlap(block.start(), block.end(), busy.start(), busy.end())).as("%s overlaps %s", block, busy).isFalse();
            }
            for (var pin : input.pinned()) {
                assertThat(overlap(block.start(), block.end(), pin.start(), pin.end())).as("%s overlaps %s", block, pin).isFalse();
            }
            for (var other : planned) {
                if (other != block) {
                    assertThat(overlap(block.start(), block.end(), other.start(), other.end())).as("%s overlaps %s", block, other).isFalse();
                }
            }
        }
        assertThat(plan.blocks()).isSortedAccordingTo(Comparator.comparing(DayPlan.Block::start));
        Statistics.label("planned blocks").collect(planned.size() == 0 ? "none" : planned.size() < 4 ? "1-3" : "4+");
        Statistics.label("not today").collect(plan.notToday().isEmpty() ? "none" : "some");
        Statistics.label("split tasks").collect(planned.stream().anyMatch(b -> b.chunks() > 1));
        Statistics.label("planned blocks").coverage(c -> c.check("4+").percentage(p -> p > 15.0));
        Statistics.label("not today").coverage(c -> c.check("some").percentage(p -> p > 30.0));
        Statistics.label("split tasks").coverage(c -> c.check(true).percentage(p -> p > 10.0));
        assertThat(plan.freeMinutes()).isBetween(0, (int) Math.max(0, Duration.between(workStart, workEnd).toMinutes()));
    }

    @Property(tries = 4000)
    void a_break_follows_each_block_unless_busy_time_lies_between(@ForAll long seed) {
        var input = RandomDays.day(seed);
        var plan = planner.plan(input);
        var gap = Duration.ofMinutes(input.breaks().minutes());
        for (var x : plan.blocks()) {
            for (var y : plan.blocks()) {
                if (x == y || x.pinned() && y.pinned() || x.end().isAfter(y.start())) {
                    continue;
                }
                if (Duration.between(x.end(), y.start()).compareTo(gap) < 0) {
                    assertThat(input.busy()).as("a break or busy time between %s and %s", x, y)
                            .anySatisfy(b -> assertThat(b.start().isBefore(y.start()) && b.end().isAfter(x.end())).isTrue());
                }
            }
        }
    }

    @Property(tries = 4000)
    void blockers_end_before_the_tasks_that_wait_for_them_start(@ForAll long seed) {
        var input = RandomDays.day(seed);
        var plan = planner.plan(input);
        var byTask = plan.blocks().stream().collect(Collectors.groupingBy(DayPlan.Block::taskId));
        var candidates = input.candidates().stream().map(Candidate::taskId).collect(Collectors.toSet());
        for (var c : input.candidates()) {
            var blocks = byTask.get(c.taskId());
            if (blocks == null || blocks.stream().anyMatch(DayPlan.Block::pinned)) {
                continue;
            }
            var firstStart = blocks.stream().map(DayPlan.Block::start).min(Comparator.naturalOrder()).orElseThrow();
            for (var blocker : c.blockedBy()) {
                assertThat(candidates).as("planned %s waits only for candidates", c.title()).contains(blocker);
                assertThat(byTask).as("%s's blocker is planned", c.title()).containsKey(blocker);
                var blockerEnd = byTask.get(blocker).stream().map(DayPlan.Block::end).max(Comparator.naturalOrder()).orElseThrow();
                assertThat(blockerEnd).isBeforeOrEqualTo(firstStart);
            }
        }
    }

    @Property(tries = 4000)
    void the_daily_limit_is_respected_and_every_candidate_is_planned_or_explained_once(@ForAll long seed) {
        var input = RandomDays.day(seed);
        var plan = planner.plan(input);
        long minutes = plan.blocks().stream().mapToLong(b -> Duration.between(b.start(), b.end()).toMinutes()).sum();
        assertThat(plan.plannedMinutes()).isEqualTo((int) minutes);
        if (plan.blocks().stream().anyMatch(b -> !b.pinned())) {
            assertThat(minutes).isLessThanOrEqualTo(input.capacity().maxMinutes());
            assertThat(plan.blocks().stream().map(DayPlan.Block::taskId).distinct().count()).isLessThanOrEqualTo(input.capacity().maxTasks());
        }
        var plannedTasks = plan.blocks().stream().map(DayPlan.Block::taskId).collect(Collectors.toSet());
        var explained = plan.notToday().stream().map(DayPlan.NotToday::taskId).toList();
        assertThat(explained).doesNotHaveDuplicates().noneMatch(plannedTasks::contains);
        for (var c : input.candidates()) {
            assertThat(plannedTasks.contains(c.taskId()) || explained.contains(c.taskId())).as("%s is planned or explained", c.title()).isTrue();
        }
        assertThat(plan.notToday()).allSatisfy(n -> assertThat(n.reason()).isNotBlank().doesNotContainIgnoringCase("overdue"));
        assertThat(plan.blocks()).allSatisfy(b -> assertThat(b.reason()).isNotBlank().doesNotContainIgnoringCase("overdue"));
    }

    @Property(tries = 4000)
    void chunks_stay_within_the_limit_come_in_order_and_add_up_to_the_estimate(@ForAll long seed) {
        var input = RandomDays.day(seed);
        var plan = planner.plan(input);
        var candidates = input.candidates().stream().collect(Collectors.toMap(Candidate::taskId, c -> c));
        var byTask = new HashMap<UUID, List<DayPlan.Block>>();
        plan.blocks().stream().filter(b -> !b.pinned()).forEach(b -> byTask.computeIfAbsent(b.taskId(), k -> new ArrayList<>()).add(b));
        for (var entry : byTask.entrySet()) {
            var c = candidates.get(entry.getKey());
            var chunks = entry.getValue();
            boolean guessed = c.estimateMinutes() == null || c.estimateMinutes() <= 0;
            // a task with pins: the planned chunks are the rest of it, numbered on from the pins
            var pins = input.pinned().stream().filter(p -> p.taskId().equals(c.taskId())).toList();
            int pinned = (int) pins.stream().mapToLong(p -> Duration.between(p.start(), p.end()).toMinutes()).sum();
            int estimate = (guessed ? input.defaultEstimateMinutes() : c.estimateMinutes()) - pinned;
            int before = pins.size();
            long sum = 0;
            for (int i = 0; i < chunks.size(); i++) {
                var b = chunks.get(i);
                long length = Duration.between(b.start(), b.end()).toMinutes();
                assertThat(length).isLessThanOrEqualTo(input.maxChunkMinutes());
                if (input.maxChunkMinutes() >= 2 * DayPlanner.MIN_CHUNK_MINUTES) {
                    assertThat(length).isGreaterThanOrEqualTo(Math.min(DayPlanner.MIN_CHUNK_MINUTES, estimate));
                }
                assertThat(b.chunk()).isEqualTo(before + i + 1);
                assertThat(b.chunks()).isEqualTo(before + chunks.size());
                assertThat(b.guessed()).isEqualTo(guessed);
                assertThat(b.blockId()).isEqualTo(DayPlanner.blockId(c.taskId(), before + i + 1));
                sum += length;
            }
            assertThat(sum).isEqualTo(estimate);
        }
    }

    @Property(tries = 4000)
    void pinned_blocks_come_back_exactly_as_pinned(@ForAll long seed) {
        var input = RandomDays.day(seed);
        var plan = planner.plan(input);
        var pinned = plan.blocks().stream().filter(DayPlan.Block::pinned).toList();
        assertThat(pinned).hasSameSizeAs(input.pinned());
        for (var pin : input.pinned()) {
            assertThat(pinned).anySatisfy(b -> {
                assertThat(b.blockId()).isEqualTo(pin.blockId());
                assertThat(b.taskId()).isEqualTo(pin.taskId());
                assertThat(b.start()).isEqualTo(pin.start());
                assertThat(b.end()).isEqualTo(pin.end());
            });
        }
    }

    @Property(tries = 2000)
    void the_same_day_gives_the_same_plan_whatever_the_order_of_the_input(@ForAll long seed) {
        var input = RandomDays.day(seed);
        var shuffled = new Random(seed);
        var plan = planner.plan(input);
        assertThat(planner.plan(RandomDays.day(seed))).isEqualTo(plan);
        assertThat(planner.plan(new PlanInput(input.day(), input.zone(), input.now(), input.workStart(), input.workEnd(), input.energy(),
                input.breaks(), input.capacity(), input.maxChunkMinutes(), input.defaultEstimateMinutes(), shuffle(input.candidates(), shuffled),
                shuffle(input.busy(), shuffled), shuffle(input.pinned(), shuffled)))).isEqualTo(plan);
    }

    @Property(tries = 2000)
    void re_planning_later_with_the_plan_so_far_pinned_keeps_the_pins_and_starts_after_now(@ForAll long seed) {
        var input = RandomDays.day(seed);
        var plan = planner.plan(input);
        var later = input.now().plus(Duration.ofMinutes(1 + new Random(seed).nextInt(300)));
        // what has started by then is pinned where it was, as the service does when it re-plans
        var pins = new ArrayList<>(input.pinned());
        plan.blocks().stream().filter(b -> !b.pinned() && b.start().isBefore(later))
                .forEach(b -> pins.add(new PlanInput.Pinned(b.blockId(), b.taskId(), b.title(), b.start(), b.end())));
        var replanned = planner.plan(new PlanInput(input.day(), input.zone(), later, input.workStart(), input.workEnd(), input.energy(),
                input.breaks(), input.capacity(), input.maxChunkMinutes(), input.defaultEstimateMinutes(), input.candidates(), input.busy(), pins));
        assertThat(replanned.blocks().stream().filter(DayPlan.Block::pinned).map(DayPlan.Block::blockId))
                .containsExactlyInAnyOrderElementsOf(pins.stream().map(PlanInput.Pinned::blockId).toList());
        assertThat(replanned.blocks()).filteredOn(b -> !b.pinned()).allSatisfy(b -> assertThat(b.start()).isAfterOrEqualTo(later));
    }

    private static <T> List<T> shuffle(List<T> items, Random random) {
        var copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    static List<DayPlan.Block> planned(DayPlan plan) {
        return plan.blocks().stream().filter(b -> !b.pinned()).toList();
    }

    static boolean overlap(Instant s1, Instant e1, Instant s2, Instant e2) {
        return s1.isBefore(e2) && s2.isBefore(e1) && e1.isAfter(s1) && e2.isAfter(s2);
    }

}
