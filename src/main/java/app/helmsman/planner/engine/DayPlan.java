package app.helmsman.planner.engine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A planned day: blocks in time order, and what did not fit, each with a reason in plain words.
 *
 * @param plannedMinutes minutes of work in {@code blocks}
 * @param freeMinutes minutes inside working hours from {@code now} that no commitment takes (before planning)
 */
public record DayPlan(List<Block> blocks, List<NotToday> notToday, int plannedMinutes, int freeMinutes) {

    public DayPlan {
        blocks = List.copyOf(blocks);
        notToday = List.copyOf(notToday);
    }

    /**
     * Time for (a chunk of) one task.
     *
     * @param blockId the pinned block's id for pinned blocks; otherwise derived deterministically from the task
     *     id and chunk number (so a re-plan keeps ids stable)
     * @param chunk 1-based chunk number, of {@code chunks}
     * @param guessed the estimate was a default, not the person's
     * @param reason one sentence: "High-energy morning slot; due Friday"
     */
    public record Block(UUID blockId, UUID taskId, String title, Instant start, Instant end, int chunk, int chunks, boolean pinned,
                        boolean guessed, String reason) {
    }

    /** A candidate that is not in today's plan: "needs 3 h, 1 h free", "waiting for 'Get quote'", "over your daily limit". */
    public record NotToday(UUID taskId, String title, String reason) {
    }
}
