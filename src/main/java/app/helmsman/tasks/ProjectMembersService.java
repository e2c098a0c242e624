package app.helmsman.tasks;

import app.helmsman.accounts.UserDirectory;
import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import app.helmsman.tasks.TaskAccess.Permission;
import app.helmsman.tasks.internal.MemberStore;
import app.helmsman.tasks.internal.TaskRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared projects (ADR 0006): who has access to a project with which role, and who does which of its
 * tasks. People join through invitations they accept ({@link ProjectInvitationService}). Every member sees the member list; only owners change it; anyone but the creator may leave.
 * Non-members get {@link ProjectNotFoundException} / {@link TaskNotFoundException}, members whose role is
 * too weak a {@link NotAllowedException}. Arguments are never null unless their Javadoc says so.
 */
@Service
public class ProjectMembersService {

    private final TaskAccess access;
    private final MemberStore members;
    private final TaskRepository tasks;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectMembersService(TaskAccess access, MemberStore members, TaskRepository tasks, UserDirectory directory,
                          ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.members = members;
        this.tasks = tasks;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Everyone with access to the project, the creator first.
     *
     * @throws ProjectNotFoundException when the person is not a member
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectMember> members(UUID projectId) {
        var project = access.project(projectId, Permission.READ);
        var roles = members.members(project.getId());
        var ids = new ArrayList<UUID>();
        ids.add(project.getOwnerId());
        ids.addAll(roles.keySet());
        var people = directory.byIds(ids);
        var list = new ArrayList<ProjectMember>();
        for (var id : ids) {
            var person = people.get(id);
            if (person != null) {
                var creator = id.equals(project.getOwnerId());
                list.add(new ProjectMember(id, person.displayName(), person.email(),
                        creator ? ProjectRole.OWNER : ProjectRole.valueOf(roles.get(id)), creator));
            }
        }
        return list;
    }

    /**
     * The signed-in person's role in the project.
     *
     * @throws ProjectNotFoundException when the person is not a member
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProjectRole myRole(UUID projectId) {
        var project = access.project(projectId, Permission.READ);
        return access.role(project).orElseThrow(ProjectNotFoundException::new);
    }

    /**
     * Changes a member's role.
     *
     * @throws TaskValidationException ({@code role}) for the creator, or someone who is not a member
     * @throws NotAllowedException when the person is a member but not an owner
     * @throws ProjectNotFoundException when the person is not a member
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeRole(UUID projectId, UUID userId, ProjectRole role) {
        var project = access.project(projectId, Permission.MANAGE);
        Objects.requireNonNull(role);
        if (userId.equals(project.getOwnerId()) || members.role(project.getId(), userId).isEmpty()) {
            throw new TaskValidationException("role", "Only the roles of invited members can change.");
        }
        members.put(project.getId(), userId, role.name(), clock.instant());
        events.publishEvent(new ProjectChanged(project.getId(), project.getOwnerId()));
        tellMember(userId, project.getId(), "Your role in '" + project.getName() + "' is now: " + role.label() + ".");
    }

    /**
     * Takes a member's access away at once: their open views of the project get a hint and leave it, and
     * they are unassigned from its tasks.
     *
     * @throws TaskValidationException ({@code userId}) for the creator
     * @throws NotAllowedException when the person is a member but not an owner
     * @throws ProjectNotFoundException when the person is not a member
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(UUID projectId, UUID userId) {
        var project = access.project(projectId, Permission.MANAGE);
        if (userId.equals(project.getOwnerId())) {
            throw new TaskValidationException("userId", "The project's creator cannot be removed.");
        }
        if (members.remove(project.getId(), userId)) {
            events.publishEvent(new ProjectChanged(project.getId(), project.getOwnerId()));
            tellMember(userId, project.getId(), "You no longer have access to '" + project.getName() + "'.");
        }
    }

    /**
     * The signed-in person gives up their access to a project someone else shared with them.
     *
     * @throws TaskValidationException ({@code projectId}) for the project's creator
     * @throws ProjectNotFoundException when the person is not a member
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void leave(UUID projectId) {
        var project = access.project(projectId, Permission.READ);
        var me = access.currentUser();
        if (me.equals(project.getOwnerId())) {
            throw new TaskValidationException("projectId", "You created this project: archive it instead of leaving it.");
        }
        members.remove(project.getId(), me);
        events.publishEvent(new ProjectChanged(project.getId(), project.getOwnerId()));
        tellMember(me, project.getId(), "You left '" + project.getName() + "'.");
    }

    /**
     * The people a task can be assigned to: everyone with access to its project, or only its owner for a
     * task outside projects.
     *
     * @throws TaskNotFoundException when the person may not see the task
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectMember> assignable(UUID taskId) {
        var task = access.task(taskId, Permission.READ);
        if (task.getProjectId() == null) {
            var me = directory.byIds(List.of(task.getOwnerId())).get(task.getOwnerId());
            return me == null ? List.of() : List.of(new ProjectMember(me.id(), me.displayName(), me.email(), ProjectRole.OWNER, true));
        }
        return members(task.getProjectId());
    }

    /**
     * Who the task is assigned to, or null for nobody.
     *
     * @throws TaskNotFoundException when the person may not see the task
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UUID assignee(UUID taskId) {
        return access.task(taskId, Permission.READ).getAssigneeId();
    }

    /**
     * Assigns the task to someone who can see it, or to nobody ({@code assigneeId} null).
     *
     * @throws TaskValidationException ({@code assigneeId}) when that person has no access to the task's project
     * @throws NotAllowedException when the person may see the task but not change it
     * @throws TaskNotFoundException when the person may not see the task
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void assign(UUID taskId, UUID assigneeId) {
        var task = access.taskForUpdate(taskId);
        if (assigneeId != null) {
            var allowed = assigneeId.equals(task.getOwnerId())
                    || task.getProjectId() != null && members.role(task.getProjectId(), assigneeId).isPresent();
            if (!allowed) {
                throw new TaskValidationException("assigneeId", "Only people with access to the task's project can be assigned to it.");
            }
        }
        if (!Objects.equals(task.getAssigneeId(), assigneeId)) {
            task.setAssigneeId(assigneeId);
            tasks.flush();
            events.publishEvent(new TaskChanged(task.getId(), task.getOwnerId()));
        }
    }

    /** Hints the person's views (project and task lists) that their access changed. */
    private void tellMember(UUID user, UUID projectId, String summary) {
        var now = clock.instant();
        var origin = LiveUpdates.currentUiKey();
        events.publishEvent(new LiveHint(TaskLiveHints.PROJECTS, Set.of(user), Set.of(projectId), summary, origin, now));
        events.publishEvent(new LiveHint(TaskLiveHints.TASKS, Set.of(user), Set.of(), "", origin, now));
    }
}
