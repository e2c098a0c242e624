package app.helmsman.planner;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The accepted plan of one person's day changed (accepted, re-planned, a block skipped or moved, the plan
 * cleared): {@code blocks} is the complete new set for that day (empty when nothing is planned any more), so a
 * listener replaces what it holds for the day. Published after commit; never for unaccepted drafts.
 */
public record DayPlanChanged(UUID userId, LocalDate day, ZoneId zone, List<PlannedBlock> blocks) {

    public DayPlanChanged {
        blocks = List.copyOf(blocks);
    }
}
