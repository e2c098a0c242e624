package app.helmsman.tasks;

import app.helmsman.tasks.internal.TaskQueries;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the planner plans from, for a given person: their own ready tasks (open, every blocker done, not trashed),
 * most important first. For the planner's service (which passes the signed-in person) and its re-planning after a
 * completion or a calendar change (which runs for the plan's owner, possibly with nobody or someone else signed in:
 * a project editor completing the owner's task). Only ever the person's own tasks, as {@link TaskListService#ready}.
 */
@Component
public class PlanningTasks {

    private final TaskQueries queries;
    private final TaskDays days;

    PlanningTasks(TaskQueries queries, TaskDays days) {
        this.queries = queries;
        this.days = days;
    }

    /** The person's ready tasks, at most {@code limit}, most important first. */
    @Transactional(readOnly = true)
    public List<TaskView> ready(UUID owner, int limit) {
        return queries.ready(owner, days.today(owner), PageRequest.of(0, limit)).getContent();
    }
}
