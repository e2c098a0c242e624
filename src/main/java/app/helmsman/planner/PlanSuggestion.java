package app.helmsman.planner;

import java.util.UUID;

/**
 * A task Plan my day offers to pick for today.
 *
 * @param why in plain words: "Due Friday", "Priority 1", "Carried over", "Planned for today"
 * @param estimateMinutes the person's estimate, or null (the plan then uses the default, as a guess)
 * @param picked chosen for today already, or suggested as a first pick
 */
public record PlanSuggestion(UUID taskId, String title, String why, Integer estimateMinutes, boolean picked) {
}
