package app.helmsman.tasks;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.tasks.internal.AreaEntity;
import app.helmsman.tasks.internal.AreaRepository;
import app.helmsman.tasks.internal.MemberStore;
import app.helmsman.tasks.internal.ProjectEntity;
import app.helmsman.tasks.internal.ProjectRepository;
import app.helmsman.tasks.internal.TagEntity;
import app.helmsman.tasks.internal.TagRepository;
import app.helmsman.tasks.internal.TaskEntity;
import app.helmsman.tasks.internal.TaskRepository;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see and change which task, project, area and tag. Every service
 * method loads what it works on through here. The rule: what is not in a project belongs to its owner
 * alone; a project and its tasks (always owned by the project's creator) are also open to the project's
 * members, by role (ADR 0006): viewers read, editors write tasks, owners also manage the project.
 * <p>
 * Something the person may not see is reported exactly like something that does not exist: the same
 * {@link NotFoundException} subtype and message, so ids of other people's data reveal nothing. Something
 * they may see but not change is a {@link NotAllowedException} that says so.
 */
@Component
class TaskAccess {

    /** What the caller wants to do. */
    enum Permission {
        /** See it. */
        READ,
        /** Change tasks (in a project: add, edit, complete, move, trash). */
        WRITE,
        /** Change the project itself: name, colour, archive, members. */
        MANAGE
    }

    private final SignedInUser signedIn;
    private final TaskRepository tasks;
    private final ProjectRepository projects;
    private final AreaRepository areas;
    private final TagRepository tags;
    private final MemberStore members;

    TaskAccess(SignedInUser signedIn, TaskRepository tasks, ProjectRepository projects, AreaRepository areas, TagRepository tags,
               MemberStore members) {
        this.signedIn = signedIn;
        this.tasks = tasks;
        this.projects = projects;
        this.areas = areas;
        this.tags = tags;
        this.members = members;
    }

    /** The signed-in person. */
    UUID currentUser() {
        return signedIn.requireId();
    }

    /** The owner whose personal lists (Inbox, Today, trash...) the signed-in person sees: themselves. */
    UUID listOwner() {
        return currentUser();
    }

    TaskEntity task(UUID id, Permission permission) {
        var task = id == null ? null : tasks.findById(id).orElse(null);
        if (task == null || !allows(task.getOwnerId(), task.getProjectId(), permission)) {
            throw new TaskNotFoundException();
        }
        return task;
    }

    /**
     * Whether the signed-in person may open a task with this owner and project: the rule of
     * {@link #task(UUID, Permission)} with READ, for a title shown beside another task (a dependency, a task
     * named in a refused circle). Derived reads are reads (STYLE 3).
     *
     * @param projectId null for a task outside projects
     */
    boolean canRead(UUID ownerId, UUID projectId) {
        return allows(ownerId, projectId, Permission.READ);
    }

    /** The task with its row locked for this transaction, for a version check that cannot race. */
    TaskEntity taskForUpdate(UUID id) {
        var task = id == null ? null : tasks.findForUpdate(id).orElse(null);
        if (task == null || !allows(task.getOwnerId(), task.getProjectId(), Permission.WRITE)) {
            throw new TaskNotFoundException();
        }
        return task;
    }

    ProjectEntity project(UUID id, Permission permission) {
        var project = id == null ? null : projects.findById(id).orElse(null);
        if (project == null || !allows(project.getOwnerId(), project.getId(), permission)) {
            throw new ProjectNotFoundException();
        }
        return project;
    }

    /** The signed-in person's role in the project, if they may see it. */
    Optional<ProjectRole> role(ProjectEntity project) {
        var me = currentUser();
        if (project.getOwnerId().equals(me)) {
            return Optional.of(ProjectRole.OWNER);
        }
        return members.role(project.getId(), me).map(ProjectRole::valueOf);
    }

    AreaEntity area(UUID id, Permission permission) {
        var area = id == null ? null : areas.findById(id).orElse(null);
        if (area == null || !area.getOwnerId().equals(currentUser())) {
            throw new AreaNotFoundException();
        }
        return area;
    }

    TagEntity tag(UUID id, Permission permission) {
        var tag = id == null ? null : tags.findById(id).orElse(null);
        if (tag == null || !tag.getOwnerId().equals(currentUser())) {
            throw new TagNotFoundException();
        }
        return tag;
    }

    /**
     * The rule itself: false for "not found"; throws {@link NotAllowedException} for a member whose role
     * is too weak.
     *
     * @param projectId the project the thing belongs to; null for none
     */
    private boolean allows(UUID ownerId, UUID projectId, Permission permission) {
        var me = currentUser();
        if (ownerId.equals(me)) {
            return true;
        }
        if (projectId == null) {
            return false;
        }
        var role = members.role(projectId, me).map(ProjectRole::valueOf);
        if (role.isEmpty()) {
            return false;
        }
        var allowed = switch (permission) {
            case READ -> true;
            case WRITE -> role.get().canWrite();
            case MANAGE -> role.get() == ProjectRole.OWNER;
        };
        if (!allowed) {
            throw new NotAllowedException(permission == Permission.MANAGE
                    ? "Only the project's owners can do that."
                    : "You can view this project but not change it.");
        }
        return true;
    }
}
