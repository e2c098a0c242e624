package app.helmsman.planner;

import java.time.Instant;
import java.util.UUID;

/**
 * A block of an accepted plan: time set aside for (a chunk of) one task.
 *
 * @param blockId stable across re-plans while the block stays (write-back keys provider events by it)
 * @param reason the one-sentence explanation shown with it ("High-energy morning slot; due Friday")
 */
public record PlannedBlock(UUID blockId, UUID taskId, String title, Instant start, Instant end, boolean pinned, String reason) {
}
