package app.helmsman.tasks;

import app.helmsman.tasks.quickadd.ParsedTask;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves what quick add recognised as one transaction: the task, its new tags and, for an unknown
 * {@code +Project}, the new project. A task that is refused (a title over the limit, say) leaves no project
 * or tag behind.
 */
@Service
public class QuickAddService {

    private final TaskService tasks;
    private final ProjectService projects;

    QuickAddService(TaskService tasks, ProjectService projects) {
        this.tasks = tasks;
        this.projects = projects;
    }

    /**
     * Creates the task, and its project when no project of the person (or shared with them) has that name.
     *
     * @throws TaskValidationException with a message per unacceptable field (nothing is saved)
     * @throws NotAllowedException when the named project is shared with the person as a viewer (nothing is saved)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TaskDetails save(ParsedTask parsed) {
        UUID projectId = parsed.project().map(name -> existingProject(name)
                .orElseGet(() -> projects.createProject(ProjectDraft.named(name))).id()).orElse(null);
        var draft = new TaskDraft(parsed.title(), null, null, parsed.energy().map(e -> Energy.valueOf(e.name())).orElse(null), null,
                parsed.estimateMinutes().orElse(null), parsed.priority().orElse(null), parsed.doDate().orElse(null),
                parsed.doTime().orElse(null), parsed.softDeadline().orElse(null), parsed.hardDeadline().orElse(null), Source.MANUAL,
                projectId, null, List.copyOf(parsed.tags()), parsed.recurrenceRule().orElse(null),
                parsed.recurrenceRule().isPresent() ? RecurrenceMode.FIXED : null);
        return tasks.create(draft.withRemindAt(parsed.remindAt().map(java.time.ZonedDateTime::toInstant).orElse(null)));
    }

    private Optional<ProjectView> existingProject(String name) {
        return projects.projects(true).stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
