package app.helmsman.planner.engine;

import app.helmsman.planner.engine.PlanInput.Candidate;
import app.helmsman.planner.engine.PlanInput.Level;
import app.helmsman.planner.engine.PlanInput.Pinned;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One planning run: the state of {@link DayPlanner#plan(PlanInput)} for one input. Time is counted in whole
 * minutes since the epoch (UTC); the free time is a list of segments, each with the earliest start and the
 * latest end a block may have in it once breaks next to work (pinned or planned blocks) are kept.
 */
final class PlanRun {

    /** Tasks are placed whole or not at all, so states only move from UNDECIDED to one final state. */
    private static final byte UNDECIDED = 0;
    private static final byte PLANNED = 1;
    private static final byte NOT_TODAY = 2;
    private static final byte PINNED = 3;
    private static final byte PLACING = 4;

    /** Free time between commitments. {@code lo}/{@code hi}: where a block may start/end (breaks kept). */
    record Seg(long a, long b, long lo, long hi) {
    }

    /** A candidate with everything the run derives from it. */
    static final class Task {
        final Candidate c;
        final int index;
        final int estimate;
        final boolean guessed;
        final Level prefers;
        int[] blockers = new int[0];
        long release = Long.MIN_VALUE;   // from pinned blockers
        long latestEnd = Long.MAX_VALUE; // from pinned dependents

        Task(Candidate c, int index, int estimate, boolean guessed) {
            this.c = c;
            this.index = index;
            this.estimate = estimate;
            this.guessed = guessed;
            this.prefers = Preference.prefers(c);
        }
    }

    /** A planned chunk, before it becomes a block. */
    record Placed(int task, int chunk, int chunks, long start, long end) {
    }

    private final PlanInput in;
    private final ZoneId zone;
    private final int breakMinutes;
    private final int maxChunk;
    private final long windowStart;
    private final long windowEnd;
    private final DayWindow time;
    private final int freeMinutes;

    private ArrayList<Seg> segs;
    private Task[] tasks;
    private byte[] state;
    private long[] lastEnd;
    private String[] reasons;
    private ArrayList<Placed> placed = new ArrayList<>();
    private long usedMinutes;
    private int usedTasks;

    PlanRun(PlanInput input) {
        this.in = input;
        this.zone = input.zone();
        this.breakMinutes = Math.max(0, input.breaks() == null ? 0 : input.breaks().minutes());
        this.maxChunk = input.maxChunkMinutes() > 0 ? input.maxChunkMinutes() : 90;

        long workStart = ceilMinutes(ZonedDateTime.of(input.day(), input.workStart(), zone).toInstant());
        var endLocal = input.workEnd();
        Instant workEndInstant = endLocal.equals(LocalTime.MIDNIGHT)
                ? input.day().plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(input.day(), endLocal, zone).toInstant();
        long workEnd = floorMinutes(workEndInstant);
        long now = ceilMinutes(input.now());
        now = Math.ceilDiv(now, DayPlanner.START_STEP_MINUTES) * DayPlanner.START_STEP_MINUTES;
        this.windowStart = Math.max(workStart, now);
        this.windowEnd = Math.max(windowStart, workEnd);

        this.time = new DayWindow(input, windowStart, windowEnd, breakMinutes);
        this.segs = time.freeSegments();
        int free = 0;
        for (var g : segs) {
            free += (int) (g.b() - g.a());
        }
        this.freeMinutes = free;
    }

    DayPlan plan() {
        prepareTasks();
        placeHardDeadlinesFirst();
        for (int t = 0; t < tasks.length; t++) {
            if (state[t] == UNDECIDED) {
                place(t);
            }
        }
        return result();
    }

    // ---------------------------------------------------------------- candidates

    private void prepareTasks() {
        var preference = Preference.preference(in.day());
        var byId = new HashMap<UUID, Candidate>();
        for (var c : in.candidates()) {
            if (c == null || c.taskId() == null) {
                continue;
            }
            byId.merge(c.taskId(), c, (x, y) -> preference.compare(x, y) <= 0 ? x : y);
        }
        // the same order as preference(day), on keys computed once (1,000 candidates sort in a fraction of the time)
        var sorted = byId.values().stream().map(c -> new Preference.Ranked(c, in.day())).sorted().toArray(Preference.Ranked[]::new);
        int defaultEstimate = in.defaultEstimateMinutes() > 0 ? in.defaultEstimateMinutes() : 30;
        tasks = new Task[sorted.length];
        var indexOf = new HashMap<UUID, Integer>(2 * sorted.length);
        for (int i = 0; i < tasks.length; i++) {
            var c = sorted[i].c();
            boolean guessed = c.estimateMinutes() == null || c.estimateMinutes() <= 0;
            int estimate = guessed ? defaultEstimate : Math.min(c.estimateMinutes(), DayPlanner.ESTIMATE_MAX_MINUTES);
            tasks[i] = new Task(c, i, estimate, guessed);
            indexOf.put(c.taskId(), i);
        }
        state = new byte[tasks.length];
        lastEnd = new long[tasks.length];
        reasons = new String[tasks.length];

        // pinned blocks: their tasks are planned as the person fixed them and count against the capacity
        var pinnedTasks = new HashSet<UUID>();
        var pinnedFirst = new HashMap<UUID, Long>();
        var pinnedLast = new HashMap<UUID, Long>();
        var pinnedMinutes = new HashMap<UUID, Long>();
        var pinnedCount = new HashMap<UUID, Integer>();
        for (Pinned p : in.pinned()) {
            pinnedTasks.add(p.taskId());
            if (p.start() != null && p.end() != null && p.end().isAfter(p.start())) {
                usedMinutes += minutes(p);
                pinnedMinutes.merge(p.taskId(), minutes(p), Long::sum);
                pinnedCount.merge(p.taskId(), 1, Integer::sum);
                pinnedFirst.merge(p.taskId(), floorMinutes(p.start()), Math::min);
                pinnedLast.merge(p.taskId(), ceilMinutes(p.end()), Math::max);
            }
        }
        usedTasks = pinnedTasks.size();

        for (var task : tasks) {
            var ids = new ArrayList<Integer>();
            var missing = false;
            for (UUID blocker : task.c.blockedBy()) {
                Integer b = indexOf.get(blocker);
                if (b == null) {
                    missing = true;
                } else {
                    ids.add(b);
                }
            }
            task.blockers = ids.stream().mapToInt(Integer::intValue).sorted().toArray();
            if (pinnedTasks.contains(task.c.taskId())) {
                state[task.index] = PINNED;
                lastEnd[task.index] = pinnedLast.getOrDefault(task.c.taskId(), Long.MIN_VALUE);
            } else if (missing) {
                notToday(task.index, task.c.blockerTitles().isEmpty() ? "waiting for another task"
                        : "waiting for " + PlanWords.titles(task.c.blockerTitles()));
            }
        }
        // the rest of a task someone pinned part of (a started chunk, say) follows its last pinned block
        for (var task : tasks) {
            if (state[task.index] == PINNED) {
                var id = task.c.taskId();
                extendPinned(task.index, task.estimate - (int) Math.min(Integer.MAX_VALUE, pinnedMinutes.getOrDefault(id, 0L)),
                        pinnedCount.getOrDefault(id, 0));
            }
        }
        for (var task : tasks) {
            for (int b : task.blockers) {
                if (state[b] == PINNED) {
                    task.release = Math.max(task.release, lastEnd[b]);
                }
            }
            if (state[task.index] == PINNED) {
                Long first = pinnedFirst.get(task.c.taskId());
                for (int b : task.blockers) {
                    if (first != null) {
                        tasks[b].latestEnd = Math.min(tasks[b].latestEnd, first);
                    }
                }
            }
        }
        markCycles();
    }

    /**
     * Plans what is left of a pinned task after its pinned blocks, as the next chunks (numbered on from the pins,
     * so their ids stay stable); when it does not fit or would pass the daily limit, the pins stay on their own.
     */
    private void extendPinned(int t, int remaining, int pinnedCount) {
        if (remaining <= 0 || usedMinutes + remaining > in.capacity().maxMinutes() || usedTasks > in.capacity().maxTasks()) {
            return;
        }
        int[] sizes = DayPlanner.chunkSizes(remaining, maxChunk);
        var saved = new ArrayList<>(segs);
        int placedBefore = placed.size();
        long after = Math.max(windowStart, lastEnd[t]);
        for (int k = 0; k < sizes.length; k++) {
            long start = bestStart(sizes[k], after, Long.MAX_VALUE, tasks[t].prefers);
            if (start < 0) {
                segs = saved;
                while (placed.size() > placedBefore) {
                    placed.removeLast();
                }
                return;
            }
            take(start, start + sizes[k]);
            placed.add(new Placed(t, pinnedCount + k + 1, pinnedCount + sizes.length, start, start + sizes[k]));
            after = start + sizes[k];
        }
        lastEnd[t] = after;
        usedMinutes += remaining;
    }

    /** Tasks that wait for each other in a circle cannot start: none of them is planned. */
    private void markCycles() {
        var edges = new int[tasks.length][];
        for (int t = 0; t < tasks.length; t++) {
            edges[t] = tasks[t].blockers;
        }
        for (var component : DependencyCycles.of(edges)) {
            markCycle(component);
        }
    }

    private void markCycle(List<Integer> component) {
        component.sort(Integer::compare);
        var titles = component.stream().map(i -> tasks[i].c.title()).toList();
        String reason = component.size() == 1 ? "waits for itself, so it cannot start"
                : component.size() == 2 ? PlanWords.titles(titles) + " wait for each other, so neither can start"
                : PlanWords.titles(titles) + " wait for each other in a circle, so none can start";
        for (int t : component) {
            if (state[t] == UNDECIDED) {
                notToday(t, reason);
            }
        }
    }

    // ---------------------------------------------------------------- placing

    /**
     * Every hard deadline due today (or earlier) that can be met is met: those tasks and the candidates they wait
     * for are placed before anything else, first in preference order with the energy wishes, and when that does
     * not fit them all, by an exhaustive search over the order of their chunks.
     */
    private void placeHardDeadlinesFirst() {
        var required = new java.util.TreeSet<Integer>();
        for (var task : tasks) {
            var hard = task.c.hardDeadline();
            if (hard != null && !hard.isAfter(in.day()) && state[task.index] == UNDECIDED && viable(task.index, new HashSet<>())) {
                collect(task.index, required);
            }
        }
        if (required.isEmpty()) {
            return;
        }
        long minutes = 0;
        for (int t : required) {
            minutes += tasks[t].estimate;
        }
        if (usedTasks + required.size() > in.capacity().maxTasks() || usedMinutes + minutes > in.capacity().maxMinutes()) {
            return; // they cannot all be met; the ordinary order decides
        }
        var savedSegs = new ArrayList<>(segs);
        var savedState = state.clone();
        var savedEnd = lastEnd.clone();
        var savedReasons = reasons.clone();
        int savedPlaced = placed.size();
        long savedMinutes = usedMinutes;
        int savedTasks = usedTasks;
        for (int t : required) {
            if (state[t] == UNDECIDED) {
                place(t);
            }
        }
        if (required.stream().allMatch(t -> state[t] == PLANNED)) {
            return;
        }
        segs = savedSegs;
        state = savedState;
        lastEnd = savedEnd;
        reasons = savedReasons;
        placed = new ArrayList<>(placed.subList(0, savedPlaced));
        usedMinutes = savedMinutes;
        usedTasks = savedTasks;
        int[] members = required.stream().mapToInt(Integer::intValue).toArray();
        var pinned = new boolean[tasks.length];
        for (int t = 0; t < tasks.length; t++) {
            pinned[t] = state[t] == PINNED;
        }
        var sequence = new ChunkOrderSearch(tasks, members, pinned, segs, breakMinutes, maxChunk).find();
        if (sequence == null) {
            return;
        }
        for (var p : sequence) {
            take(p.start(), p.end());
            placed.add(p);
        }
        for (int t : members) {
            long end = sequence.stream().filter(p -> p.task() == t).mapToLong(Placed::end).max().orElseThrow();
            planned(t, end, tasks[t].estimate);
        }
    }

    /** Whether nothing the task waits for (transitively) is already out of today's plan. */
    private boolean viable(int t, Set<Integer> seen) {
        if (state[t] == NOT_TODAY) {
            return false;
        }
        if (state[t] == PINNED || !seen.add(t)) {
            return true;
        }
        for (int b : tasks[t].blockers) {
            if (!viable(b, seen)) {
                return false;
            }
        }
        return true;
    }

    private void collect(int t, Set<Integer> into) {
        if (state[t] != UNDECIDED || !into.add(t)) {
            return;
        }
        for (int b : tasks[t].blockers) {
            collect(b, into);
        }
    }

    /** Decides one task: planned whole, or not today with a reason. Its blockers among the candidates go first. */
    private void place(int t) {
        state[t] = PLACING;
        var task = tasks[t];
        long release = Math.max(task.release, windowStart);
        int lastBlocker = -1;
        for (int b : task.blockers) {
            if (state[b] == UNDECIDED) {
                place(b);
            }
            if (state[b] == NOT_TODAY || state[b] == PLACING) {
                notToday(t, "waits for " + PlanWords.quoted(tasks[b].c.title()) + ", which is not in today's plan");
                return;
            }
            if (lastEnd[b] > release) {
                release = lastEnd[b];
                lastBlocker = b;
            }
        }
        if (usedTasks + 1 > in.capacity().maxTasks() || usedMinutes + task.estimate > in.capacity().maxMinutes()) {
            notToday(t, "over your daily limit");
            return;
        }
        long free = 0;
        long freeAfter = 0;
        for (var g : segs) {
            free += g.hi() - g.lo();
            freeAfter += Math.max(0, g.hi() - Math.max(g.lo(), release));
        }
        if (task.estimate > free) {
            notToday(t, "needs " + PlanWords.duration(task.estimate) + ", " + (free == 0 ? "no free time left" : PlanWords.duration(free) + " free"));
            return;
        }
        if (lastBlocker >= 0 && task.estimate > freeAfter) {
            notToday(t, "needs " + PlanWords.duration(task.estimate) + " after " + PlanWords.quoted(tasks[lastBlocker].c.title()) + ", "
                    + (freeAfter == 0 ? "no free time after it" : "only " + PlanWords.duration(freeAfter) + " free after it"));
            return;
        }
        int[] sizes = DayPlanner.chunkSizes(task.estimate, maxChunk);
        var saved = sizes.length > 1 ? new ArrayList<>(segs) : null;
        int placedBefore = placed.size();
        long after = release;
        for (int k = 0; k < sizes.length; k++) {
            long start = bestStart(sizes[k], after, task.latestEnd, task.prefers);
            if (start < 0) {
                if (saved != null) {
                    segs = saved;
                }
                while (placed.size() > placedBefore) {
                    placed.removeLast();
                }
                notToday(t, "needs " + PlanWords.duration(task.estimate) + ", and the " + PlanWords.duration(free) + " free are in shorter gaps");
                return;
            }
            take(start, start + sizes[k]);
            placed.add(new Placed(t, k + 1, sizes.length, start, start + sizes[k]));
            after = start + sizes[k];
        }
        planned(t, after, task.estimate);
    }

    private void planned(int t, long end, long minutes) {
        state[t] = PLANNED;
        lastEnd[t] = end;
        usedMinutes += minutes;
        usedTasks++;
    }

    private void notToday(int t, String reason) {
        state[t] = NOT_TODAY;
        var hard = tasks[t].c.hardDeadline();
        reasons[t] = hard != null ? reason + "; due " + PlanWords.relativeDay(hard, in.day()) : reason;
    }

    /**
     * Where a chunk of {@code length} minutes goes: for a task without an energy wish, the earliest start; otherwise
     * the start with the fewest minutes outside the wished-for hours, earliest first. -1 when it does not fit.
     */
    private long bestStart(int length, long after, long latestEnd, Level wish) {
        long best = -1;
        long bestMiss = Long.MAX_VALUE;
        List<long[]> wished = wish == Level.HIGH ? time.highRuns() : wish == Level.LOW ? time.lowRuns() : List.of();
        for (var g : segs) {
            long from = Math.max(g.lo(), after);
            long to = Math.min(g.hi(), latestEnd) - length;
            if (g.lo() >= latestEnd) {
                break;
            }
            if (from > to) {
                continue;
            }
            if (wish == null) {
                return from;
            }
            long[] options = new long[2 + 2 * wished.size()];
            int count = 0;
            options[count++] = from;
            options[count++] = to;
            for (long[] run : wished) {
                if (run[1] <= from || run[0] >= to + length) {
                    continue;
                }
                options[count++] = Math.clamp(run[0], from, to);
                options[count++] = Math.clamp(run[1] - length, from, to);
            }
            for (int i = 0; i < count; i++) {
                long s = options[i];
                long miss = length - time.wishedMinutes(wish, s, s + length);
                if (miss < bestMiss || miss == bestMiss && s < best) {
                    best = s;
                    bestMiss = miss;
                }
            }
            if (bestMiss == 0) {
                break; // later segments start later, so they cannot do better
            }
        }
        return best;
    }

    /** Takes [start, end) out of the free time, keeping a break on both sides of the block. */
    private void take(long start, long end) {
        for (int i = 0; i < segs.size(); i++) {
            var g = segs.get(i);
            if (start >= g.lo() && end <= g.hi()) {
                segs.remove(i);
                var right = new Seg(end, g.b(), end + breakMinutes, g.hi());
                var left = new Seg(g.a(), start, g.lo(), start - breakMinutes);
                if (right.hi() > right.lo()) {
                    segs.add(i, right);
                }
                if (left.hi() > left.lo()) {
                    segs.add(i, left);
                }
                return;
            }
        }
        throw new IllegalStateException("No free time for " + start + "-" + end);
    }

    // ---------------------------------------------------------------- the result

    private DayPlan result() {
        var blocks = new ArrayList<DayPlan.Block>(placed.size() + in.pinned().size());
        long minutes = 0;
        for (Pinned p : in.pinned()) {
            blocks.add(new DayPlan.Block(p.blockId(), p.taskId(), p.title(), p.start(), p.end(), 1, 1, true, false, "Pinned by you"));
            minutes += minutes(p);
        }
        for (var p : placed) {
            var task = tasks[p.task()];
            blocks.add(new DayPlan.Block(DayPlanner.blockId(task.c.taskId(), p.chunk()), task.c.taskId(), task.c.title(),
                    Instant.ofEpochSecond(p.start() * 60), Instant.ofEpochSecond(p.end() * 60), p.chunk(), p.chunks(), false,
                    task.guessed, PlanReasons.reason(task, p, tasks, time, zone, in.day())));
            minutes += p.end() - p.start();
        }
        blocks.sort(Comparator.comparing(DayPlan.Block::start).thenComparing(DayPlan.Block::end)
                .thenComparing(b -> b.blockId() == null ? "" : b.blockId().toString()));
        var notToday = new ArrayList<DayPlan.NotToday>();
        for (int t = 0; t < tasks.length; t++) {
            if (state[t] == NOT_TODAY) {
                notToday.add(new DayPlan.NotToday(tasks[t].c.taskId(), tasks[t].c.title(), reasons[t]));
            }
        }
        return new DayPlan(blocks, notToday, (int) Math.min(Integer.MAX_VALUE, minutes), freeMinutes);
    }

    // ---------------------------------------------------------------- minutes

    static long floorMinutes(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 60);
    }

    static long ceilMinutes(Instant instant) {
        long seconds = instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0);
        return Math.ceilDiv(seconds, 60);
    }

    private static long minutes(Pinned p) {
        return java.time.Duration.between(p.start(), p.end()).toMinutes();
    }
}
