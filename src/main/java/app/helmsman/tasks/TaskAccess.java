package app.helmsman.tasks;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.tasks.internal.AreaEntity;
import app.helmsman.tasks.internal.AreaRepository;
import app.helmsman.tasks.internal.ProjectEntity;
import app.helmsman.tasks.internal.ProjectRepository;
import app.helmsman.tasks.internal.TagEntity;
import app.helmsman.tasks.internal.TagRepository;
import app.helmsman.tasks.internal.TaskEntity;
import app.helmsman.tasks.internal.TaskRepository;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see and change which task, project, area and tag. Every service
 * method loads what it works on through here. Today the rule is ownership; shared projects (issue 4) will
 * add "or a member of its project with this permission" in {@link #allows}, and the list queries will take
 * the project ids from {@link #listOwner()}'s successor.
 * <p>
 * Something the person may not see is reported exactly like something that does not exist: the same
 * {@link NotFoundException} subtype and message, so ids of other people's data reveal nothing.
 */
@Component
class TaskAccess {

    /** What the caller wants to do. */
    enum Permission {
        READ, WRITE
    }

    private final SignedInUser signedIn;
    private final TaskRepository tasks;
    private final ProjectRepository projects;
    private final AreaRepository areas;
    private final TagRepository tags;

    TaskAccess(SignedInUser signedIn, TaskRepository tasks, ProjectRepository projects, AreaRepository areas, TagRepository tags) {
        this.signedIn = signedIn;
        this.tasks = tasks;
        this.projects = projects;
        this.areas = areas;
        this.tags = tags;
    }

    /** The signed-in person. */
    UUID currentUser() {
        return signedIn.requireId();
    }

    /** The owner whose lists (Inbox, Today, search...) the signed-in person sees: themselves. */
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

    AreaEntity area(UUID id, Permission permission) {
        var area = id == null ? null : areas.findById(id).orElse(null);
        if (area == null || !allows(area.getOwnerId(), null, permission)) {
            throw new AreaNotFoundException();
        }
        return area;
    }

    TagEntity tag(UUID id, Permission permission) {
        var tag = id == null ? null : tags.findById(id).orElse(null);
        if (tag == null || !allows(tag.getOwnerId(), null, permission)) {
            throw new TagNotFoundException();
        }
        return tag;
    }

    /**
     * The rule itself.
     *
     * @param projectId the project the thing belongs to, for the membership rule to come; null for none
     */
    private boolean allows(UUID ownerId, UUID projectId, Permission permission) {
        return ownerId.equals(currentUser());
    }
}
