package app.helmsman.planner.engine;

import app.helmsman.planner.engine.PlanInput.Candidate;
import app.helmsman.planner.engine.PlanInput.Kind;
import app.helmsman.planner.engine.PlanInput.Level;
import app.helmsman.planner.engine.PlanInput.Pinned;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final class Task {
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
            this.prefers = prefers(c);
        }
    }

    /** A planned chunk, before it becomes a block. */
    private record Placed(int task, int chunk, int chunks, long start, long end) {
    }

    private final PlanInput in;
    private final ZoneId zone;
    private final int breakMinutes;
    private final int maxChunk;
    private final long windowStart;
    private final long windowEnd;
    private final byte[] levels;
    private final int[] highBefore;
    private final int[] lowBefore;
    private final List<long[]> highRuns;
    private final List<long[]> lowRuns;
    private final long[][] busy;
    private final long[][] pins;
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

        int n = (int) (windowEnd - windowStart);
        this.levels = new byte[n];
        fillLevels();
        this.highBefore = new int[n + 1];
        this.lowBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            highBefore[i + 1] = highBefore[i] + (levels[i] == Level.HIGH.ordinal() ? 1 : 0);
            lowBefore[i + 1] = lowBefore[i] + (levels[i] == Level.LOW.ordinal() ? 1 : 0);
        }
        this.highRuns = runs(Level.HIGH);
        this.lowRuns = runs(Level.LOW);

        this.busy = input.busy().stream()
                .filter(b -> b.start() != null && b.end() != null && b.end().isAfter(b.start()))
                .map(b -> new long[] {floorMinutes(b.start()), ceilMinutes(b.end())})
                .toArray(long[][]::new);
        this.pins = input.pinned().stream()
                .filter(p -> p.start() != null && p.end() != null && p.end().isAfter(p.start()))
                .map(p -> new long[] {floorMinutes(p.start()), ceilMinutes(p.end())})
                .toArray(long[][]::new);
        this.segs = freeSegments();
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

    // ---------------------------------------------------------------- the day's time

    private void fillLevels() {
        long t = windowStart;
        while (t < windowEnd) {
            var local = Instant.ofEpochSecond(t * 60).atZone(zone);
            Level level = in.energy() == null ? Level.MEDIUM : in.energy().at(local.getHour());
            long next = floorMinutes(local.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant());
            if (next <= t) {
                next = t + 1;
            }
            long to = Math.min(next, windowEnd);
            Arrays.fill(levels, (int) (t - windowStart), (int) (to - windowStart), (byte) (level == null ? Level.MEDIUM : level).ordinal());
            t = to;
        }
    }

    private List<long[]> runs(Level level) {
        var runs = new ArrayList<long[]>();
        int i = 0;
        while (i < levels.length) {
            if (levels[i] != level.ordinal()) {
                i++;
                continue;
            }
            int j = i;
            while (j < levels.length && levels[j] == level.ordinal()) {
                j++;
            }
            runs.add(new long[] {windowStart + i, windowStart + j});
            i = j;
        }
        return runs;
    }

    /** Working hours from now, minus busy time and pinned blocks; with the breaks next to pinned work. */
    private ArrayList<Seg> freeSegments() {
        var taken = new ArrayList<long[]>(busy.length + pins.length);
        for (long[] b : busy) {
            taken.add(b);
        }
        for (long[] p : pins) {
            taken.add(p);
        }
        taken.sort(Comparator.comparingLong((long[] x) -> x[0]));
        var free = new ArrayList<Seg>();
        long cursor = windowStart;
        for (long[] x : taken) {
            if (x[1] <= cursor) {
                continue;
            }
            if (x[0] >= windowEnd) {
                break;
            }
            if (x[0] > cursor) {
                addSegment(free, cursor, x[0]);
            }
            cursor = Math.max(cursor, x[1]);
        }
        if (cursor < windowEnd) {
            addSegment(free, cursor, windowEnd);
        }
        return free;
    }

    private void addSegment(List<Seg> free, long a, long b) {
        long lo = a;
        long hi = b;
        if (breakMinutes > 0) {
            // a block right after (or before) pinned work keeps a break unless busy time lies between them
            long pinnedEnd = Long.MIN_VALUE;
            long pinnedStart = Long.MAX_VALUE;
            for (long[] p : pins) {
                if (p[1] <= a) {
                    pinnedEnd = Math.max(pinnedEnd, p[1]);
                }
                if (p[0] >= b) {
                    pinnedStart = Math.min(pinnedStart, p[0]);
                }
            }
            if (pinnedEnd != Long.MIN_VALUE && !busyBetween(pinnedEnd, a)) {
                lo = Math.max(lo, pinnedEnd + breakMinutes);
            }
            if (pinnedStart != Long.MAX_VALUE && !busyBetween(b, pinnedStart)) {
                hi = Math.min(hi, pinnedStart - breakMinutes);
            }
        }
        if (hi > lo) {
            free.add(new Seg(a, b, lo, hi));
        }
    }

    private boolean busyBetween(long from, long to) {
        for (long[] b : busy) {
            if (b[0] < to && b[1] > from) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- candidates

    private void prepareTasks() {
        var preference = preference(in.day());
        var byId = new HashMap<UUID, Candidate>();
        for (var c : in.candidates()) {
            if (c == null || c.taskId() == null) {
                continue;
            }
            byId.merge(c.taskId(), c, (x, y) -> preference.compare(x, y) <= 0 ? x : y);
        }
        // the same order as preference(day), on keys computed once (1,000 candidates sort in a fraction of the time)
        var sorted = byId.values().stream().map(c -> new Ranked(c, in.day())).sorted().toArray(Ranked[]::new);
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

    /** Tasks that wait for each other in a circle cannot start: none of them is planned (Tarjan's components). */
    private void markCycles() {
        int n = tasks.length;
        int[] order = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(order, -1);
        int[] stack = new int[n];
        int top = 0;
        int counter = 0;
        // iterative depth-first search: (node, next edge) frames
        int[] frameNode = new int[n];
        int[] frameEdge = new int[n];
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0 || tasks[root].blockers.length == 0) {
                continue;
            }
            int depth = 0;
            frameNode[0] = root;
            frameEdge[0] = 0;
            order[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = frameNode[depth];
                int[] edges = tasks[v].blockers;
                if (frameEdge[depth] < edges.length) {
                    int w = edges[frameEdge[depth]++];
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        depth++;
                        frameNode[depth] = w;
                        frameEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                if (low[v] == order[v]) {
                    var component = new ArrayList<Integer>();
                    int w;
                    do {
                        w = stack[--top];
                        onStack[w] = false;
                        component.add(w);
                    } while (w != v);
                    if (component.size() > 1 || Arrays.stream(tasks[v].blockers).anyMatch(b -> b == v)) {
                        markCycle(component);
                    }
                }
                depth--;
                if (depth >= 0) {
                    int parent = frameNode[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
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

    /** Chosen first, then hard deadline today or earlier, nearer deadline, priority, carried over, task id. */
    static Comparator<Candidate> preference(java.time.LocalDate day) {
        return Comparator
            .comparing((Candidate c) -> !c.chosen())
            .thenComparing(c -> c.hardDeadline() == null || c.hardDeadline().isAfter(day))
            .thenComparing(PlanRun::nearestDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(c -> Math.clamp(c.priority(), 1, 4))
            .thenComparing(c -> !c.carriedOver())
            .thenComparing(Candidate::taskId);
    }

    /** A candidate with its {@link #preference(java.time.LocalDate)} keys. */
    private record Ranked(Candidate c, boolean notChosen, boolean notDue, long deadline, int priority, boolean notCarried)
            implements Comparable<Ranked> {

        Ranked(Candidate c, java.time.LocalDate day) {
            this(c, !c.chosen(), c.hardDeadline() == null || c.hardDeadline().isAfter(day),
                    nearestDeadline(c) == null ? Long.MAX_VALUE : nearestDeadline(c).toEpochDay(), Math.clamp(c.priority(), 1, 4),
                    !c.carriedOver());
        }

        @Override
        public int compareTo(Ranked o) {
            int d = Boolean.compare(notChosen, o.notChosen);
            if (d == 0) {
                d = Boolean.compare(notDue, o.notDue);
            }
            if (d == 0) {
                d = Long.compare(deadline, o.deadline);
            }
            if (d == 0) {
                d = Integer.compare(priority, o.priority);
            }
            if (d == 0) {
                d = Boolean.compare(notCarried, o.notCarried);
            }
            return d != 0 ? d : c.taskId().compareTo(o.c.taskId());
        }
    }

    private static java.time.LocalDate nearestDeadline(Candidate c) {
        if (c.softDeadline() == null) {
            return c.hardDeadline();
        }
        if (c.hardDeadline() == null) {
            return c.softDeadline();
        }
        return c.softDeadline().isBefore(c.hardDeadline()) ? c.softDeadline() : c.hardDeadline();
    }

    /** HIGH-energy work wants high hours; LOW-energy, admin and social work low ones; the rest has no wish. */
    private static Level prefers(Candidate c) {
        if (c.energy() == Level.HIGH) {
            return Level.HIGH;
        }
        if (c.energy() == Level.LOW || c.kind() == Kind.ADMIN || c.kind() == Kind.SOCIAL) {
            return Level.LOW;
        }
        return null;
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
        new ChunkOrderSearch(required.stream().mapToInt(Integer::intValue).toArray()).run();
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
        List<long[]> wished = wish == Level.HIGH ? highRuns : wish == Level.LOW ? lowRuns : List.of();
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
                long miss = length - wishedMinutes(wish, s, s + length);
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

    private int wishedMinutes(Level wish, long start, long end) {
        int[] before = wish == Level.HIGH ? highBefore : lowBefore;
        return before[(int) (end - windowStart)] - before[(int) (start - windowStart)];
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

    /**
     * Exhaustive search for the tasks with a hard deadline today: tries every order of their chunks (blockers and
     * earlier chunks first), each chunk at the earliest start after the previous one. Any plan that fits can be
     * laid out in time order like that, and a chunk never does better by starting later, so this finds a plan
     * whenever one exists; what is left after a chunk depends only on which chunks are placed and where the last
     * one ended, which the search remembers to skip dead ends. A budget keeps a pathological day fast: when it
     * runs out, the ordinary order decides.
     */
    private final class ChunkOrderSearch {
        private final int[] members;
        private final int[][] sizes;
        private final int[] counts;
        private final boolean[] blocksOthers;
        private final Set<String> deadEnds = new HashSet<>();
        private final ArrayList<Placed> sequence = new ArrayList<>();
        private final List<Seg> free = List.copyOf(segs);
        private int steps;

        ChunkOrderSearch(int[] members) {
            this.members = members;
            this.sizes = new int[members.length][];
            this.counts = new int[members.length];
            this.blocksOthers = new boolean[members.length];
            for (int m = 0; m < members.length; m++) {
                sizes[m] = DayPlanner.chunkSizes(tasks[members[m]].estimate, maxChunk);
                for (int b : tasks[members[m]].blockers) {
                    int blocker = Arrays.binarySearch(members, b);
                    if (blocker >= 0) {
                        blocksOthers[blocker] = true;
                    }
                }
            }
        }

        void run() {
            int total = Arrays.stream(sizes).mapToInt(s -> s.length).sum();
            boolean found;
            try {
                found = search(Long.MIN_VALUE, 0, total, Arrays.stream(sizes).flatMapToInt(Arrays::stream).sum());
            } catch (BudgetSpent spent) {
                found = false;
            }
            if (!found) {
                return;
            }
            for (var p : sequence) {
                take(p.start(), p.end());
                placed.add(p);
            }
            for (int m = 0; m < members.length; m++) {
                int t = members[m];
                long end = sequence.stream().filter(p -> p.task() == t).mapToLong(Placed::end).max().orElseThrow();
                planned(t, end, tasks[t].estimate);
            }
        }

        private boolean search(long last, int done, int total, long minutesLeft) {
            if (done == total) {
                return true;
            }
            String key = Arrays.toString(counts) + last;
            if (deadEnds.contains(key)) {
                return false;
            }
            if (minutesLeft > freeAfter(last)) {
                deadEnds.add(key);
                return false;
            }
            Set<List<Long>> tried = null;
            for (int m = 0; m < members.length; m++) {
                if (counts[m] == sizes[m].length || counts[m] == 0 && !blockersDone(members[m])) {
                    continue;
                }
                var task = tasks[members[m]];
                int length = sizes[m][counts[m]];
                if (!blocksOthers[m]) {
                    // two tasks nothing waits for, with the same chunks left and the same limits, are interchangeable
                    var signature = new ArrayList<Long>();
                    signature.add(counts[m] == 0 ? task.release : Long.MIN_VALUE);
                    signature.add(task.latestEnd);
                    for (int k = counts[m]; k < sizes[m].length; k++) {
                        signature.add((long) sizes[m][k]);
                    }
                    if (tried == null) {
                        tried = new HashSet<>();
                    }
                    if (!tried.add(signature)) {
                        continue;
                    }
                }
                if (++steps > DayPlanner.SEARCH_BUDGET) {
                    throw new BudgetSpent();
                }
                long start = earliest(last, length, counts[m] == 0 ? task.release : Long.MIN_VALUE, task.latestEnd);
                if (start < 0) {
                    continue;
                }
                sequence.add(new Placed(members[m], counts[m] + 1, sizes[m].length, start, start + length));
                counts[m]++;
                if (search(start + length, done + 1, total, minutesLeft - length)) {
                    return true;
                }
                counts[m]--;
                sequence.removeLast();
            }
            deadEnds.add(key);
            return false;
        }

        private boolean blockersDone(int t) {
            for (int b : tasks[t].blockers) {
                if (state[b] == PINNED) {
                    continue;
                }
                int m = Arrays.binarySearch(members, b);
                if (m < 0 || counts[m] < sizes[m].length) {
                    return false;
                }
            }
            return true;
        }

        /** Free minutes after a block that ended at {@code last}: the chunks still to place cannot need more. */
        private long freeAfter(long last) {
            long minutes = 0;
            for (var g : free) {
                if (g.b() < last) {
                    continue;
                }
                long from = last != Long.MIN_VALUE && g.a() <= last ? Math.max(g.lo(), last + breakMinutes) : g.lo();
                minutes += Math.max(0, g.hi() - from);
            }
            return minutes;
        }

        /** The earliest start after a block that ended at {@code last} (a break in the same free stretch). */
        private long earliest(long last, int length, long release, long latestEnd) {
            for (var g : free) {
                if (g.b() < last) {
                    continue;
                }
                long start = Math.max(g.lo(), release);
                if (last != Long.MIN_VALUE && g.a() <= last) {
                    start = Math.max(start, last + breakMinutes);
                }
                if (start + length > latestEnd) {
                    return -1;
                }
                if (start + length <= g.hi()) {
                    return start;
                }
            }
            return -1;
        }
    }

    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
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
                    task.guessed, reason(task, p)));
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

    /** One sentence of facts: the slot, why the task is here, which part it is, whether the size is a guess. */
    private String reason(Task task, Placed p) {
        var parts = new ArrayList<String>();
        int hour = Instant.ofEpochSecond(p.start() * 60).atZone(zone).getHour();
        String when = PlanWords.partOfDay(hour);
        long length = p.end() - p.start();
        if (task.prefers != null && 2 * wishedMinutes(task.prefers, p.start(), p.end()) >= length) {
            if (task.prefers == Level.HIGH) {
                parts.add("high-energy " + when + " slot");
            } else {
                String suits = task.c.kind() == Kind.ADMIN ? "admin" : task.c.kind() == Kind.SOCIAL ? "calls and people" : "lighter work";
                parts.add("low-energy " + when + " slot, good for " + suits);
            }
        }
        if (task.c.chosen()) {
            parts.add("chosen for today");
        }
        String deadline = PlanWords.deadline(task.c, in.day());
        if (deadline != null) {
            parts.add(deadline);
        }
        if (task.c.priority() <= 1) {
            parts.add("priority 1");
        }
        if (task.c.carriedOver()) {
            parts.add("carried over from an earlier day");
        }
        if (p.chunk() == 1 && task.blockers.length > 0) {
            parts.add("after " + PlanWords.titles(Arrays.stream(task.blockers).mapToObj(b -> tasks[b].c.title()).toList()));
        }
        if (parts.isEmpty()) {
            parts.add("free time this " + when);
        }
        if (p.chunks() > 1) {
            parts.add("part " + p.chunk() + " of " + p.chunks());
        }
        if (task.guessed) {
            parts.add("estimate guessed (" + PlanWords.duration(task.estimate) + ")");
        }
        return PlanWords.sentence(parts);
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
