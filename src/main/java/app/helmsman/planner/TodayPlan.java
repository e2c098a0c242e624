package app.helmsman.planner;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in person's plan of today as the Today view shows it: the accepted plan, or a draft until it is
 * accepted; the calendar's commitments beside it; what did not fit, with reasons.
 *
 * @param now the instant the plan was read at (the current block is the one around it)
 * @param workingDay today is one of the person's working days
 * @param plannedMinutes work in {@code blocks}
 * @param freeMinutes time inside working hours from now that no commitment takes
 */
public record TodayPlan(LocalDate day, ZoneId zone, Instant now, boolean accepted, DayEnergy energy, boolean workingDay,
                        LocalTime workStart, LocalTime workEnd, List<Block> blocks, List<Commitment> commitments,
                        List<NotToday> notToday, int plannedMinutes, int freeMinutes) {

    public TodayPlan {
        blocks = List.copyOf(blocks);
        commitments = List.copyOf(commitments);
        notToday = List.copyOf(notToday);
    }

    /** The block being worked on now, if any. */
    public java.util.Optional<Block> current() {
        return blocks.stream().filter(b -> !b.start().isAfter(now) && b.end().isAfter(now)).findFirst();
    }

    /** Time for (a chunk of) one task; {@code guessed}: the default estimate was used. */
    public record Block(UUID blockId, UUID taskId, String title, Instant start, Instant end, boolean pinned, boolean guessed, int chunk,
                       int chunks, String reason) {

        public int minutes() {
            return (int) Duration.between(start, end).toMinutes();
        }
    }

    /** A commitment from the person's calendar. */
    public record Commitment(Instant start, Instant end, String title, boolean allDay) {
    }

    /** A task that is not in today's plan, and why, in plain words. */
    public record NotToday(UUID taskId, String title, String reason) {
    }
}
