package app.helmsman.planner.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exhaustive search for the tasks with a hard deadline today: tries every order of their chunks (blockers and
 * earlier chunks first), each chunk at the earliest start after the previous one. Any plan that fits can be
 * laid out in time order like that, and a chunk never does better by starting later, so this finds a plan
 * whenever one exists; what is left after a chunk depends only on which chunks are placed and where the last
 * one ended, which the search remembers to skip dead ends. A budget keeps a pathological day fast: when it
 * runs out, the ordinary order decides.
 */
final class ChunkOrderSearch {
    private final int[] members;
    private final int[][] sizes;
    private final int[] counts;
    private final boolean[] blocksOthers;
    private final Set<String> deadEnds = new HashSet<>();
    private final ArrayList<PlanRun.Placed> sequence = new ArrayList<>();
    private final PlanRun.Task[] tasks;
    private final boolean[] pinned;
    private final List<PlanRun.Seg> free;
    private final int breakMinutes;
    private int steps;

    /**
     * @param members the tasks to place (indexes into {@code tasks}, ascending)
     * @param pinned  which tasks are pinned by the person (their blocks are already in place)
     * @param free    the free time left
     */
    ChunkOrderSearch(PlanRun.Task[] tasks, int[] members, boolean[] pinned, List<PlanRun.Seg> free, int breakMinutes, int maxChunk) {
        this.tasks = tasks;
        this.pinned = pinned;
        this.free = List.copyOf(free);
        this.breakMinutes = breakMinutes;
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

    /** The chunks in the order and at the times that fit them all, or null when none does (or the budget ran out). */
    List<PlanRun.Placed> find() {
        int total = Arrays.stream(sizes).mapToInt(s -> s.length).sum();
        boolean found;
        try {
            found = search(Long.MIN_VALUE, 0, total, Arrays.stream(sizes).flatMapToInt(Arrays::stream).sum());
        } catch (BudgetSpent spent) {
            found = false;
        }
        return found ? List.copyOf(sequence) : null;
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
            sequence.add(new PlanRun.Placed(members[m], counts[m] + 1, sizes[m].length, start, start + length));
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
            if (pinned[b]) {
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

    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }
}
