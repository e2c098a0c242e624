package app.helmsman.planner.engine;

import app.helmsman.planner.engine.PlanInput.Level;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The day's working window, in whole minutes since the epoch: the energy level of every minute and the free time
 * between commitments (busy time and the person's pinned blocks), with breaks next to pinned work kept.
 */
final class DayWindow {

    private final long start;
    private final long end;
    private final int breakMinutes;
    private final byte[] levels;
    private final int[] highBefore;
    private final int[] lowBefore;
    private final List<long[]> highRuns;
    private final List<long[]> lowRuns;
    private final long[][] busy;
    private final long[][] pins;

    DayWindow(PlanInput input, long start, long end, int breakMinutes) {
        this.start = start;
        this.end = end;
        this.breakMinutes = breakMinutes;
        int n = (int) (end - start);
        this.levels = new byte[n];
        fillLevels(input, input.zone());
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
                .map(b -> new long[] {PlanRun.floorMinutes(b.start()), PlanRun.ceilMinutes(b.end())})
                .toArray(long[][]::new);
        this.pins = input.pinned().stream()
                .filter(p -> p.start() != null && p.end() != null && p.end().isAfter(p.start()))
                .map(p -> new long[] {PlanRun.floorMinutes(p.start()), PlanRun.ceilMinutes(p.end())})
                .toArray(long[][]::new);
    }

    /** The stretches of high-energy minutes, as [start, end) pairs. */
    List<long[]> highRuns() {
        return highRuns;
    }

    /** The stretches of low-energy minutes, as [start, end) pairs. */
    List<long[]> lowRuns() {
        return lowRuns;
    }

    private void fillLevels(PlanInput in, ZoneId zone) {
        long t = start;
        while (t < end) {
            var local = Instant.ofEpochSecond(t * 60).atZone(zone);
            Level level = in.energy() == null ? Level.MEDIUM : in.energy().at(local.getHour());
            long next = PlanRun.floorMinutes(local.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant());
            if (next <= t) {
                next = t + 1;
            }
            long to = Math.min(next, end);
            Arrays.fill(levels, (int) (t - start), (int) (to - start), (byte) (level == null ? Level.MEDIUM : level).ordinal());
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
            runs.add(new long[] {start + i, start + j});
            i = j;
        }
        return runs;
    }

    /** Working hours from now, minus busy time and pinned blocks; with the breaks next to pinned work. */
    ArrayList<PlanRun.Seg> freeSegments() {
        var taken = new ArrayList<long[]>(busy.length + pins.length);
        for (long[] b : busy) {
            taken.add(b);
        }
        for (long[] p : pins) {
            taken.add(p);
        }
        taken.sort(Comparator.comparingLong((long[] x) -> x[0]));
        var free = new ArrayList<PlanRun.Seg>();
        long cursor = start;
        for (long[] x : taken) {
            if (x[1] <= cursor) {
                continue;
            }
            if (x[0] >= end) {
                break;
            }
            if (x[0] > cursor) {
                addSegment(free, cursor, x[0]);
            }
            cursor = Math.max(cursor, x[1]);
        }
        if (cursor < end) {
            addSegment(free, cursor, end);
        }
        return free;
    }

    private void addSegment(List<PlanRun.Seg> free, long a, long b) {
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
            free.add(new PlanRun.Seg(a, b, lo, hi));
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

    /** How many minutes of [from, to) have the wished-for energy level. */
    int wishedMinutes(Level wish, long from, long to) {
        int[] before = wish == Level.HIGH ? highBefore : lowBefore;
        return before[(int) (to - start)] - before[(int) (from - start)];
    }
}
