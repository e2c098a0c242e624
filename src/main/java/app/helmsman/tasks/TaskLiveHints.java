package app.helmsman.tasks;

import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns the task and project events of one transaction into live hints (ADR 0005, 0006): one hint per
 * project touched (for its owner and members) and one per person for tasks outside projects, listing the
 * changed ids, so a bulk import of thousands of tasks is one hint, not thousands. The audience and the
 * screen-reader summary ("'Pay rent' completed", "3 tasks changed") are read just before commit, when
 * the rows are final; the hints travel after commit.
 */
@Component
class TaskLiveHints {

    static final String TASKS = "tasks";
    static final String PROJECTS = "projects";
    private static final int CHUNK = 1000;
    private static final int TITLE_CHARS = 60;

    /** What happened to a task; the stronger kind wins when one task sees several in a transaction. */
    enum Kind {
        CHANGED("changed"), CREATED("added"), RESTORED("restored"), COMPLETED("completed"), DELETED("moved to the trash");

        final String verb;

        Kind(String verb) {
            this.verb = verb;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskLiveHints(NamedParameterJdbcTemplate jdbc, EntityManager entities, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(TaskCreated event) {
        batch().task(event.taskId(), event.ownerId(), Kind.CREATED);
    }

    @EventListener
    void on(TaskChanged event) {
        batch().task(event.taskId(), event.ownerId(), Kind.CHANGED);
    }

    @EventListener
    void on(TaskCompleted event) {
        batch().task(event.taskId(), event.ownerId(), Kind.COMPLETED);
    }

    @EventListener
    void on(TaskDeleted event) {
        batch().task(event.taskId(), event.ownerId(), Kind.DELETED);
    }

    @EventListener
    void on(TaskRestored event) {
        batch().task(event.taskId(), event.ownerId(), Kind.RESTORED);
    }

    @EventListener
    void on(ProjectChanged event) {
        batch().project(event.projectId(), event.ownerId());
    }

    /**
     * Also tells the people of {@code projectId} about this task, e.g. the project a task is leaving,
     * whose members would otherwise keep showing it.
     */
    void alsoProject(UUID taskId, UUID projectId) {
        if (projectId != null) {
            batch().extraProjects.computeIfAbsent(projectId, p -> new HashSet<>()).add(taskId);
        }
    }

    private Batch batch() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // No transaction (a test or a job calling outside one): publish right away, one event each.
            var single = new Batch(LiveUpdates.currentUiKey());
            single.immediate = true;
            return single;
        }
        var batch = (Batch) TransactionSynchronizationManager.getResource(this);
        if (batch == null) {
            batch = new Batch(LiveUpdates.currentUiKey());
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        return batch;
    }

    private final class Batch implements TransactionSynchronization {
        final String originUi;
        final Map<UUID, Kind> tasks = new LinkedHashMap<>();
        final Map<UUID, UUID> taskOwners = new HashMap<>();
        final Map<UUID, UUID> projects = new LinkedHashMap<>();
        final Map<UUID, Set<UUID>> extraProjects = new HashMap<>();
        boolean immediate;

        Batch(String originUi) {
            this.originUi = originUi;
        }

        void task(UUID id, UUID owner, Kind kind) {
            tasks.merge(id, kind, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            taskOwners.putIfAbsent(id, owner);
            if (immediate) {
                publish();
            }
        }

        void project(UUID id, UUID owner) {
            projects.putIfAbsent(id, owner);
            if (immediate) {
                publish();
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            TransactionSynchronizationManager.unbindResourceIfPossible(TaskLiveHints.this);
            if (!readOnly) {
                entities.flush(); // the SQL below must see this transaction's final rows
            }
            publish();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(TaskLiveHints.this);
        }

        private void publish() {
            var now = clock.instant();
            if (!tasks.isEmpty() || !extraProjects.isEmpty()) {
                var rows = taskRows(tasks.keySet());
                // group: a project id, or the owner for tasks outside projects (and purged ones)
                var byProject = new LinkedHashMap<UUID, List<UUID>>();
                var byOwner = new LinkedHashMap<UUID, List<UUID>>();
                tasks.keySet().forEach(id -> {
                    var row = rows.get(id);
                    if (row != null && row.projectId() != null) {
                        byProject.computeIfAbsent(row.projectId(), p -> new ArrayList<>()).add(id);
                    } else {
                        byOwner.computeIfAbsent(row == null ? taskOwners.get(id) : row.ownerId(), o -> new ArrayList<>()).add(id);
                    }
                });
                extraProjects.forEach((project, ids) -> ids.forEach(id -> {
                    var list = byProject.computeIfAbsent(project, p -> new ArrayList<>());
                    if (!list.contains(id)) {
                        list.add(id);
                    }
                }));
                var audiences = audiences(byProject.keySet());
                byProject.forEach((project, ids) -> {
                    var users = new HashSet<>(audiences.getOrDefault(project, Set.of()));
                    ids.forEach(id -> users.add(taskOwners.get(id)));
                    users.remove(null);
                    send(TASKS, users, ids, summary(ids, rows), now);
                });
                byOwner.forEach((owner, ids) -> send(TASKS, Set.of(owner), ids, summary(ids, rows), now));
            }
            if (!projects.isEmpty()) {
                var audiences = audiences(projects.keySet());
                var names = projectNames(projects.keySet());
                projects.forEach((project, owner) -> {
                    var users = new HashSet<>(audiences.getOrDefault(project, Set.of()));
                    users.add(owner);
                    var name = names.get(project);
                    send(PROJECTS, users, List.of(project), name == null ? "A project changed" : "Project '" + shorten(name) + "' changed", now);
                });
            }
            tasks.clear();
            taskOwners.clear();
            projects.clear();
            extraProjects.clear();
        }

        private String summary(List<UUID> ids, Map<UUID, TaskRow> rows) {
            if (ids.size() == 1) {
                var id = ids.getFirst();
                var row = rows.get(id);
                var kind = tasks.getOrDefault(id, Kind.CHANGED);
                return row == null ? "A task was deleted" : "'" + shorten(row.title()) + "' " + kind.verb;
            }
            var kinds = new HashSet<Kind>();
            ids.forEach(id -> kinds.add(tasks.getOrDefault(id, Kind.CHANGED)));
            var verb = kinds.size() == 1 ? kinds.iterator().next().verb : "changed";
            return ids.size() + " tasks " + verb;
        }

        private void send(String topic, Set<UUID> users, List<UUID> ids, String summary, java.time.Instant now) {
            if (!users.isEmpty()) {
                events.publishEvent(new LiveHint(topic, users, Set.copyOf(ids), summary, originUi, now));
            }
        }
    }

    private record TaskRow(UUID id, String title, UUID projectId, UUID ownerId) {
    }

    private Map<UUID, TaskRow> taskRows(Set<UUID> ids) {
        var rows = new HashMap<UUID, TaskRow>();
        for (var chunk : chunks(ids)) {
            jdbc.query("select id, title, project_id, owner_id from tasks where id in (:ids)", Map.of("ids", chunk), rs -> {
                var id = rs.getObject("id", UUID.class);
                rows.put(id, new TaskRow(id, rs.getString("title"), rs.getObject("project_id", UUID.class), rs.getObject("owner_id", UUID.class)));
            });
        }
        return rows;
    }

    /** Owner and members of each project. */
    private Map<UUID, Set<UUID>> audiences(Set<UUID> projectIds) {
        var audiences = new HashMap<UUID, Set<UUID>>();
        for (var chunk : chunks(projectIds)) {
            jdbc.query("""
                    select id as project_id, owner_id as user_id from projects where id in (:ids)
                    union all
                    select project_id, user_id from project_members where project_id in (:ids)""", Map.of("ids", chunk),
                    rs -> {
                        audiences.computeIfAbsent(rs.getObject("project_id", UUID.class), p -> new HashSet<>()).add(rs.getObject("user_id", UUID.class));
                    });
        }
        return audiences;
    }

    private Map<UUID, String> projectNames(Set<UUID> projectIds) {
        var names = new HashMap<UUID, String>();
        for (var chunk : chunks(projectIds)) {
            jdbc.query("select id, name from projects where id in (:ids)", Map.of("ids", chunk),
                    rs -> {
                        names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                    });
        }
        return names;
    }

    private static List<List<UUID>> chunks(Set<UUID> ids) {
        var all = new ArrayList<>(ids);
        var chunks = new ArrayList<List<UUID>>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static String shorten(String text) {
        return text.length() <= TITLE_CHARS ? text : text.substring(0, TITLE_CHARS - 1) + "…";
    }
}
