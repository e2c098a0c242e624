package app.helmsman.planner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.planner.engine.PlanInput.BreakPolicy;
import app.helmsman.planner.engine.PlanInput.Busy;
import app.helmsman.planner.engine.PlanInput.Candidate;
import app.helmsman.planner.engine.PlanInput.Capacity;
import app.helmsman.planner.engine.PlanInput.Kind;
import app.helmsman.planner.engine.PlanInput.Level;
import app.helmsman.planner.engine.PlanInput.Pinned;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Hard deadlines that can be met are met: on small days (at most 6 candidates, everything on a 15-minute grid) a
 * brute-force search tries every start for every chunk of the tasks due today (and of what they wait for); when
 * it finds any placement that keeps every rule, the planner's plan must contain all of those tasks.
 */
class DayPlannerBruteForceTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate DAY = LocalDate.of(2026, 6, 10);
    static final int GRID = 15;

    @Property(tries = 5000)
    void when_some_placement_meets_every_hard_deadline_due_today_the_plan_meets_them_all(@ForAll long seed) {
        var input = smallDay(seed);
        var required = required(input);
        boolean anyDue = !required.isEmpty();
        boolean feasible = anyDue && new BruteForce(input, required).feasible();
        Statistics.label("instance").collect(!anyDue ? "nothing due today" : feasible ? "deadlines can be met" : "deadlines cannot all be met");
        Statistics.label("instance").coverage(c -> c.check("deadlines can be met").percentage(p -> p > 30));
        Statistics.label("instance").coverage(c -> c.check("deadlines cannot all be met").percentage(p -> p > 5));
        if (!feasible) {
            return;
        }
        var plan = new DayPlanner().plan(input);
        var plannedTasks = plan.blocks().stream().map(DayPlan.Block::taskId).toList();
        for (var c : input.candidates()) {
            if (c.hardDeadline() != null && !c.hardDeadline().isAfter(DAY)) {
                assertThat(plannedTasks).as("%s is due today and fits", c.title()).contains(c.taskId());
            }
        }
    }

    /** 1-6 candidates on a 2-5 hour day with a few events, maybe a pin, breaks, tight capacities. */
    static PlanInput smallDay(long seed) {
        var r = new Random(seed);
        var start = LocalTime.of(9, 0);
        var end = start.plusMinutes(GRID * (8 + r.nextInt(13)));
        var hours = new ArrayList<Level>();
        for (int h = 0; h < 24; h++) {
            hours.add(Level.values()[r.nextInt(3)]);
        }
        int n = 1 + r.nextInt(6);
        var candidates = new ArrayList<Candidate>();
        for (int i = 0; i < n; i++) {
            var blockedBy = new HashSet<UUID>();
            if (i > 0 && r.nextInt(4) == 0) {
                blockedBy.add(new UUID(seed, r.nextInt(i)));
            }
            var hard = r.nextInt(2) == 0 ? DAY.minusDays(r.nextInt(2)) : r.nextBoolean() ? DAY.plusDays(1 + r.nextInt(3)) : null;
            Integer estimate = r.nextInt(6) == 0 ? null : GRID * (1 + r.nextInt(8));
            candidates.add(new Candidate(new UUID(seed, i), "Task " + i, Level.values()[r.nextInt(3)], Kind.values()[r.nextInt(4)],
                    1 + r.nextInt(4), estimate, r.nextBoolean() ? DAY : null, hard, blockedBy, List.of(), r.nextInt(3) == 0, r.nextBoolean()));
        }
        var busy = new ArrayList<Busy>();
        int windowSlots = (end.toSecondOfDay() - start.toSecondOfDay()) / 60 / GRID;
        for (int i = r.nextInt(4); i > 0; i--) {
            int from = r.nextInt(windowSlots);
            busy.add(new Busy(at(start.plusMinutes((long) GRID * from)), at(start.plusMinutes((long) GRID * (from + 1 + r.nextInt(4)))), "Event"));
        }
        var pinned = new ArrayList<Pinned>();
        if (r.nextInt(3) == 0) {
            int from = r.nextInt(windowSlots);
            pinned.add(new Pinned(new UUID(~seed, 1), new UUID(~seed, 2), "Pinned", at(start.plusMinutes((long) GRID * from)),
                    at(start.plusMinutes((long) GRID * (from + 1 + r.nextInt(3))))));
        }
        var capacity = r.nextBoolean() ? new Capacity(GRID * (2 + r.nextInt(20)), 1 + r.nextInt(6)) : new Capacity(24 * 60, 100);
        return new PlanInput(DAY, ZONE, at(LocalTime.of(7, 0)), start, end, new EnergyProfile(hours), new BreakPolicy(r.nextBoolean() ? 0 : GRID),
                capacity, List.of(30, 45, 60, 90).get(r.nextInt(4)), List.of(15, 30, 45).get(r.nextInt(3)), candidates, busy, pinned);
    }

    static Instant at(LocalTime time) {
        return DAY.atTime(time).atZone(ZONE).toInstant();
    }

    /** Indices of the tasks due today or earlier and of every candidate they wait for, blockers first. */
    static List<Integer> required(PlanInput input) {
        var into = new TreeSet<Integer>();
        for (int i = 0; i < input.candidates().size(); i++) {
            var hard = input.candidates().get(i).hardDeadline();
            if (hard != null && !hard.isAfter(DAY)) {
                collect(input, i, into);
            }
        }
        return List.copyOf(into);
    }

    private static void collect(PlanInput input, int i, Set<Integer> into) {
        if (into.add(i)) {
            for (var blocker : input.candidates().get(i).blockedBy()) {
                for (int j = 0; j < input.candidates().size(); j++) {
                    if (input.candidates().get(j).taskId().equals(blocker)) {
                        collect(input, j, into);
                    }
                }
            }
        }
    }

    /** Tries every grid start for every chunk, in task order (blockers have lower indices), chunks in order. */
    static final class BruteForce {
        final PlanInput in;
        final List<Integer> tasks;
        final List<int[]> chunks = new ArrayList<>(); // {task, length}
        final long windowStart;
        final long windowEnd;
        final long[][] busy;
        final List<long[]> work = new ArrayList<>(); // placed and pinned work, [start, end)
        final long[] lastEnd;

        BruteForce(PlanInput in, List<Integer> tasks) {
            this.in = in;
            this.tasks = tasks;
            this.windowStart = minutes(at(in.workStart()));
            this.windowEnd = minutes(at(in.workEnd()));
            this.busy = in.busy().stream().map(b -> new long[] {minutes(b.start()), minutes(b.end())}).toArray(long[][]::new);
            in.pinned().forEach(p -> work.add(new long[] {minutes(p.start()), minutes(p.end())}));
            this.lastEnd = new long[in.candidates().size()];
            for (int t : tasks) {
                var c = in.candidates().get(t);
                int estimate = c.estimateMinutes() == null ? in.defaultEstimateMinutes() : c.estimateMinutes();
                for (int size : DayPlanner.chunkSizes(estimate, in.maxChunkMinutes())) {
                    chunks.add(new int[] {t, size});
                }
            }
        }

        boolean feasible() {
            long pinnedMinutes = work.stream().mapToLong(w -> w[1] - w[0]).sum();
            long minutes = chunks.stream().mapToLong(c -> c[1]).sum();
            if (tasks.size() + in.pinned().size() > in.capacity().maxTasks() || minutes + pinnedMinutes > in.capacity().maxMinutes()) {
                return false;
            }
            return place(0, Long.MIN_VALUE);
        }

        private boolean place(int k, long previousEnd) {
            if (k == chunks.size()) {
                return true;
            }
            int task = chunks.get(k)[0];
            int length = chunks.get(k)[1];
            boolean first = k == 0 || chunks.get(k - 1)[0] != task;
            long earliest = first ? windowStart : previousEnd;
            if (first) {
                for (var blocker : in.candidates().get(task).blockedBy()) {
                    for (int j : tasks) {
                        if (in.candidates().get(j).taskId().equals(blocker)) {
                            earliest = Math.max(earliest, lastEnd[j]);
                        }
                    }
                }
            }
            for (long s = earliest; s + length <= windowEnd; s += GRID) {
                if (fits(s, s + length)) {
                    work.add(new long[] {s, s + length});
                    long saved = lastEnd[task];
                    lastEnd[task] = s + length;
                    if (place(k + 1, s + length)) {
                        return true;
                    }
                    lastEnd[task] = saved;
                    work.removeLast();
                }
            }
            return false;
        }

        private boolean fits(long s, long e) {
            for (long[] b : busy) {
                if (s < b[1] && b[0] < e) {
                    return false;
                }
            }
            int gap = in.breaks().minutes();
            for (long[] w : work) {
                if (s < w[1] && w[0] < e) {
                    return false;
                }
                long from = w[1] <= s ? w[1] : e;
                long to = w[1] <= s ? s : w[0];
                if (to - from < gap && !busyBetween(from, to)) {
                    return false;
                }
            }
            return true;
        }

        private boolean busyBetween(long from, long to) {
            for (long[] b : busy) {
                if (b[0] < to && b[1] > from) {
                    return true;
                }
            }
            return false;
        }

        private static long minutes(Instant instant) {
            return instant.getEpochSecond() / 60;
        }
    }
}
