package app.helmsman.planner.engine;

/**
 * Plans one day (see issue 14): blocks sized to estimates, long tasks split into chunks of at most
 * {@link PlanInput#maxChunkMinutes()}, blockers before the tasks they block, HIGH-energy work in high-energy hours
 * and ADMIN or SOCIAL work in low ones, a break after each block, never overlapping a commitment, a pinned block
 * or another block, inside working hours and after {@link PlanInput#now()}; every hard deadline that can still
 * be met is met; the capacity is never exceeded. Deterministic: the same input gives the same plan. Thread-safe
 * and without state; no Spring.
 */
public final class DayPlanner {

    public DayPlan plan(PlanInput input) {
        throw new UnsupportedOperationException("Implemented in the planner-engine branch");
    }
}
