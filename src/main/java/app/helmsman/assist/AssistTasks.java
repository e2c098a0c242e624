package app.helmsman.assist;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.assist.internal.DraftStore;
import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.Source;
import app.helmsman.tasks.TagView;
import app.helmsman.tasks.TaskDependencyService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what the person accepted from a brain dump or a breakdown into real tasks (source AI), in one transaction:
 * either every task is created with its dependencies, or none is. Projects and tags are matched to the person's own
 * by name; a new project or tag is created only when the person agreed to it.
 */
@Service
public class AssistTasks {

    /** The live-update topic the task lists listen to. */
    public static final String TASKS_TOPIC = "tasks";
    /** Most tasks one brain dump saves (extractors propose at most 50). */
    public static final int MAX_ACCEPTED = 100;
    /** Most steps one breakdown adds (breakdowns propose at most 10). */
    public static final int MAX_STEPS = 20;

    private final TaskService tasks;
    private final TaskDependencyService dependencies;
    private final ProjectService projects;
    private final SignedInUser signedIn;
    private final DraftStore drafts;
    private final app.helmsman.assist.internal.ReviewStore reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final io.micrometer.core.instrument.MeterRegistry registry;

    AssistTasks(TaskService tasks, TaskDependencyService dependencies, ProjectService projects, SignedInUser signedIn,
                DraftStore drafts, app.helmsman.assist.internal.ReviewStore reviews, ApplicationEventPublisher events, Clock clock, io.micrometer.core.instrument.MeterRegistry registry) {
        this.registry = registry;
        for (var decision : List.of("accepted", "edited", "rejected")) {
            proposals(decision);
        }
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.projects = projects;
        this.signedIn = signedIn;
        this.drafts = drafts;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the accepted tasks from a brain dump and, once they are all created, forgets the brain-dump draft and
     * its review.
     *
     * @param accepted the tasks in the order shown; not null
     * @return the new tasks' ids in the same order
     * @throws app.helmsman.tasks.TaskValidationException when a task is not acceptable (nothing is saved then)
     * @throws app.helmsman.tasks.DependencyCycleException when the dependencies form a circle (nothing is saved)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<UUID> saveFromBrainDump(List<AcceptedTask> accepted) {
        if (accepted.size() > MAX_ACCEPTED) {
            throw new TaskValidationException("tasks", "Save at most " + MAX_ACCEPTED + " tasks from one brain dump.");
        }
        var ids = create(accepted, null);
        drafts.delete(signedIn.requireId());
        reviews.delete(signedIn.requireId());
        return ids;
    }

    /**
     * Saves a brain dump's review like {@link #saveFromBrainDump(List)} and, once it is committed, counts the
     * decisions in {@code helmsman.assist.proposals{decision=accepted|edited|rejected}} (the AI acceptance rate).
     *
     * @param tally how many proposals were accepted as proposed, accepted with changes and rejected (or left undecided)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<UUID> saveFromBrainDump(List<AcceptedTask> accepted, ReviewTally tally) {
        var ids = saveFromBrainDump(accepted);
        if (tally != null) {
            Runnable count = () -> {
                proposals("accepted").increment(tally.accepted());
                proposals("edited").increment(tally.edited());
                proposals("rejected").increment(tally.rejected());
            };
            if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
                org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                        new org.springframework.transaction.support.TransactionSynchronization() {
                            @Override
                            public void afterCommit() {
                                count.run();
                            }
                        });
            } else {
                count.run();
            }
        }
        return ids;
    }

    private io.micrometer.core.instrument.Counter proposals(String decision) {
        return io.micrometer.core.instrument.Counter.builder("helmsman.assist.proposals")
                .description("Proposed brain-dump tasks by what people did with them when they saved the review").tag("decision", decision)
                .register(registry);
    }

    /**
     * Adds steps as subtasks of a task, in order, each waiting for nothing.
     *
     * @param parentId the task being broken down; must be the person's
     * @param steps the step titles in order; blank ones are skipped
     * @return the new subtasks' ids
     * @throws app.helmsman.tasks.TaskNotFoundException when the parent is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<UUID> addSubtasks(UUID parentId, List<String> steps) {
        if (steps.size() > MAX_STEPS) {
            throw new TaskValidationException("steps", "Add at most " + MAX_STEPS + " steps at once.");
        }
        var ids = new ArrayList<UUID>();
        for (var step : steps) {
            if (step != null && !step.isBlank()) {
                ids.add(tasks.create(TaskDraft.titled(step.strip()).withSource(Source.AI).under(parentId)).id());
            }
        }
        hint(ids, ids.size() == 1 ? "1 subtask added" : ids.size() + " subtasks added");
        return ids;
    }

    private List<UUID> create(List<AcceptedTask> accepted, UUID parentId) {
        var projectIds = new HashMap<String, UUID>();
        for (ProjectView p : projects.projects(false)) {
            projectIds.putIfAbsent(key(p.name()), p.id());
        }
        var tagNames = new HashMap<String, String>();
        for (TagView t : projects.tags()) {
            tagNames.put(key(t.name()), t.name());
        }
        var ids = new ArrayList<UUID>();
        for (var task : accepted) {
            var draft = new TaskDraft(task.title() == null ? null : task.title().strip(), blankToNull(task.notes()),
                    null, task.energy(), task.focus(), task.estimateMinutes(), task.priority(), task.doDate(),
                    task.doTime(), task.softDeadline(), task.hardDeadline(), Source.AI,
                    project(task, projectIds), parentId, tags(task, tagNames), null, null);
            ids.add(tasks.create(draft).id());
        }
        for (int i = 0; i < accepted.size(); i++) {
            for (int blocker : new LinkedHashSet<>(accepted.get(i).dependsOn())) {
                if (blocker >= 0 && blocker < ids.size() && blocker != i) {
                    dependencies.addDependency(ids.get(i), ids.get(blocker));
                }
            }
        }
        hint(ids, ids.size() == 1 ? "1 task added from a brain dump" : ids.size() + " tasks added from a brain dump");
        return ids;
    }

    private UUID project(AcceptedTask task, Map<String, UUID> projectIds) {
        if (task.project() == null || task.project().isBlank()) {
            return null;
        }
        var existing = projectIds.get(key(task.project()));
        if (existing != null || !task.createProject()) {
            return existing;
        }
        var created = projects.createProject(ProjectDraft.named(task.project().strip())).id();
        projectIds.put(key(task.project()), created);
        return created;
    }

    private static List<String> tags(AcceptedTask task, Map<String, String> tagNames) {
        var out = new ArrayList<String>();
        for (var name : task.tags()) {
            if (name == null || name.isBlank()) {
                continue;
            }
            var existing = tagNames.get(key(name));
            if (existing != null) {
                out.add(existing);
            } else if (task.createTags()) {
                out.add(name.strip());
            }
        }
        return out;
    }

    private void hint(List<UUID> ids, String summary) {
        if (!ids.isEmpty()) {
            events.publishEvent(LiveHint.forUser(TASKS_TOPIC, signedIn.requireId(), Set.copyOf(ids), summary,
                    LiveUpdates.currentUiKey(), clock.instant()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
