package app.helmsman.planner.engine;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Plans one day (see issue 14): blocks sized to estimates, long tasks split into chunks of at most
 * {@link PlanInput#maxChunkMinutes()}, blockers before the tasks they block, HIGH-energy work in high-energy hours
 * and ADMIN or SOCIAL work in low ones, a break after each block, never overlapping a commitment, a pinned block
 * or another block, inside working hours and after {@link PlanInput#now()}; every hard deadline that can still
 * be met is met; the capacity is never exceeded. Deterministic: the same input gives the same plan. Thread-safe
 * and without state; no Spring.
 *
 * <p>How it decides:
 * <ul>
 *   <li>Candidates are taken in order of preference: chosen for today, hard deadline today or earlier, nearer
 *       (soft or hard) deadline, priority, carried over, task id. Each is planned whole or not at all: a task that
 *       only partly fits stays in "Not today" with the reason, rather than leaving a half-done piece on the plan.
 *       The blockers a candidate waits for are decided just before it, so a blocker is never left out in favour
 *       of a task that needs it done.</li>
 *   <li>Tasks with a hard deadline today (or earlier) and the candidates they wait for are placed before all
 *       others; when placing them one by one does not fit them all, an exhaustive search over the order of their
 *       chunks does, whenever any placement within the capacity can.</li>
 *   <li>Each chunk goes to the start with the fewest minutes outside the hours its energy wishes for (HIGH
 *       energy: high hours; LOW energy, ADMIN or SOCIAL: low hours), earliest first; tasks without a wish take
 *       the earliest free start. A better-placed task is never pushed out by a worse one, because tasks are
 *       placed in preference order.</li>
 *   <li>Start times are whole minutes; the first block starts at the next 5 minutes after {@code now}.</li>
 *   <li>A task with a pinned block keeps its pins; what is left of its estimate is planned right after the pins are
 *       set up, before any other task, as the next chunks (numbered on from the pins). When the rest does not fit,
 *       the pins stay on their own. A candidate that waits for it starts after its last block.</li>
 * </ul>
 */
public final class DayPlanner {

    /** Blocks start at most this many minutes after {@code now}, on a round minute. */
    static final int START_STEP_MINUTES = 5;
    /** No chunk is shorter than this unless the whole task is. */
    static final int MIN_CHUNK_MINUTES = 15;
    /** A larger estimate is treated as this (a week of minutes); it cannot fit a day anyway. */
    static final int ESTIMATE_MAX_MINUTES = 7 * 24 * 60;
    /**
     * Chunk placements the hard-deadline search may try before it gives up and the ordinary order decides (each
     * is a pass over the free stretches: about a millisecond per 3,000 in the benchmark's worst case).
     */
    static final int SEARCH_BUDGET = 4_000;

    public DayPlan plan(PlanInput input) {
        return new PlanRun(input).plan();
    }

    /**
     * The chunk lengths of a task of {@code minutes}: as many chunks of {@code maxChunk} as fit, then the rest;
     * a rest under 15 minutes borrows from the chunk before it (95 min in chunks of 90: 80 + 15), and when chunks
     * are so short that borrowing would leave one under 15 minutes, the chunks are made as even as possible.
     */
    static int[] chunkSizes(int minutes, int maxChunk) {
        if (minutes <= maxChunk) {
            return new int[] {minutes};
        }
        int count = (minutes + maxChunk - 1) / maxChunk;
        int[] sizes = new int[count];
        int rest = minutes - (count - 1) * maxChunk;
        if (rest >= MIN_CHUNK_MINUTES) {
            java.util.Arrays.fill(sizes, maxChunk);
            sizes[count - 1] = rest;
        } else if (maxChunk - (MIN_CHUNK_MINUTES - rest) >= MIN_CHUNK_MINUTES) {
            java.util.Arrays.fill(sizes, maxChunk);
            sizes[count - 2] = maxChunk - (MIN_CHUNK_MINUTES - rest);
            sizes[count - 1] = MIN_CHUNK_MINUTES;
        } else {
            for (int i = 0; i < count; i++) {
                sizes[i] = minutes / count + (i < minutes % count ? 1 : 0);
            }
        }
        return sizes;
    }

    /** The id of a planned (not pinned) block: the same task and chunk always get the same id. */
    static UUID blockId(UUID taskId, int chunk) {
        return UUID.nameUUIDFromBytes(("helmsman-plan-block:" + taskId + ":" + chunk).getBytes(StandardCharsets.UTF_8));
    }
}
