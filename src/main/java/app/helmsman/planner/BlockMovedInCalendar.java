package app.helmsman.planner;

import java.time.Instant;
import java.util.UUID;

/** Published by the calendar module when the person moved one of Helmsman's blocks in their own calendar: the planner moves (and pins) the block. */
public record BlockMovedInCalendar(UUID userId, UUID blockId, Instant start, Instant end) {
}
