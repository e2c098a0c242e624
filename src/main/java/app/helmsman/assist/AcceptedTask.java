package app.helmsman.assist;

import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A proposal the person accepted, as they left it after editing. Null means "not set" as in
 * {@link app.helmsman.tasks.TaskDraft}.
 *
 * @param project a project name; matched to the person's projects ignoring case, or null for the Inbox
 * @param createProject whether the person agreed to create {@code project} when they have no project of that name;
 *     when false an unknown name puts the task in the Inbox
 * @param tags tag names; names the person has no tag for are created only when {@code createTags} is true, and
 *     left off otherwise
 * @param dependsOn indexes (into the list passed to {@link AssistTasks#save}) of tasks this one waits for; indexes
 *     of tasks that are not in the list are ignored
 */
public record AcceptedTask(String title, String notes, Integer estimateMinutes, Energy energy, FocusType focus,
                           Integer priority, LocalDate doDate, LocalTime doTime, LocalDate softDeadline,
                           LocalDate hardDeadline, String project, boolean createProject, List<String> tags,
                           boolean createTags, List<Integer> dependsOn) {

    public AcceptedTask {
        tags = tags == null ? List.of() : List.copyOf(tags);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /** Only a title, for tests and callers that fill in nothing else. */
    public static AcceptedTask titled(String title) {
        return new AcceptedTask(title, null, null, null, null, null, null, null, null, null, null, false, List.of(),
                false, List.of());
    }
}
