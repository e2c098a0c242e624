package app.helmsman.planner.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the planner needs to plan one day, and nothing else: the same input always gives the same plan.
 *
 * @param day the day to plan, in {@code zone}
 * @param now blocks never start before it (re-planning the rest of today; a future day: any instant before it)
 * @param workStart start of working hours on {@code day} (local time in {@code zone}; DST gaps resolved forwards)
 * @param workEnd end of working hours, after {@code workStart}
 * @param energy the person's energy per hour of the day, already lowered on a "low day"
 * @param capacity the day's cap
 * @param maxChunkMinutes a longer task is split into chunks of at most this length (default 90)
 * @param defaultEstimateMinutes used for candidates without an estimate; such blocks are marked as a guess
 * @param candidates tasks that may be planned (open, not trashed), in no particular order
 * @param busy commitments to plan around (they may overlap each other and extend beyond the day)
 * @param pinned blocks the person fixed: kept exactly where they are and counted against the capacity
 */
public record PlanInput(LocalDate day, ZoneId zone, Instant now, LocalTime workStart, LocalTime workEnd, EnergyProfile energy,
                        BreakPolicy breaks, Capacity capacity, int maxChunkMinutes, int defaultEstimateMinutes,
                        List<Candidate> candidates, List<Busy> busy, List<Pinned> pinned) {

    public PlanInput {
        candidates = List.copyOf(candidates);
        busy = List.copyOf(busy);
        pinned = List.copyOf(pinned);
    }

    /** How much a task or an hour asks of (or gives to) the person. */
    public enum Level {
        LOW, MEDIUM, HIGH
    }

    /** The kind of attention a task needs; ADMIN and SOCIAL work suits low-energy hours. */
    public enum Kind {
        DEEP, CREATIVE, ADMIN, SOCIAL
    }

    /**
     * A task the planner may place.
     *
     * @param energy what the task needs, or null when unknown (treated as MEDIUM)
     * @param kind null when unknown
     * @param priority 1 (highest) to 4
     * @param estimateMinutes null when unknown (then {@link PlanInput#defaultEstimateMinutes()}, as a guess)
     * @param softDeadline the day the person aims for, or null
     * @param hardDeadline the day it must be done by, or null
     * @param blockedBy open tasks this one waits for: those among the candidates are planned first (on this day
     *     the task may follow them); any other makes the task wait ("waiting for 'Get quote'")
     * @param blockerTitles titles of the open blockers that are not candidates, for the reason text
     * @param chosen the person picked it for today (Plan my day): planned before anything not chosen
     * @param carriedOver planned for an earlier day and not done
     */
    public record Candidate(UUID taskId, String title, Level energy, Kind kind, int priority, Integer estimateMinutes,
                            LocalDate softDeadline, LocalDate hardDeadline, Set<UUID> blockedBy, List<String> blockerTitles,
                            boolean chosen, boolean carriedOver) {

        public Candidate {
            blockedBy = Set.copyOf(blockedBy);
            blockerTitles = List.copyOf(blockerTitles);
        }
    }

    /** A commitment from the calendar. */
    public record Busy(Instant start, Instant end, String title) {
    }

    /** A block the person fixed in place (it may be a chunk of a longer task). */
    public record Pinned(UUID blockId, UUID taskId, String title, Instant start, Instant end) {
    }

    /**
     * The day's cap: at most {@code maxMinutes} of planned work and {@code maxTasks} different tasks (pinned
     * blocks included).
     */
    public record Capacity(int maxMinutes, int maxTasks) {
    }

    /** A break of {@code minutes} after each block (none after the day's last); 0 means none. */
    public record BreakPolicy(int minutes) {
    }
}
