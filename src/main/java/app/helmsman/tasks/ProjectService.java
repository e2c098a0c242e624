package app.helmsman.tasks;

import app.helmsman.accounts.AccountService;
import app.helmsman.tasks.TaskAccess.Permission;
import app.helmsman.tasks.internal.AreaEntity;
import app.helmsman.tasks.internal.AreaRepository;
import app.helmsman.tasks.internal.MemberStore;
import app.helmsman.tasks.internal.ProjectEntity;
import app.helmsman.tasks.internal.ProjectRepository;
import app.helmsman.tasks.internal.TagEntity;
import app.helmsman.tasks.internal.TagRepository;
import app.helmsman.tasks.internal.TaskQueries;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Areas, projects and tags of the signed-in person. Like {@link TaskService}, everything is loaded through
 * {@link TaskAccess}: someone else's id is answered exactly as an unknown one.
 */
@Service
public class ProjectService {

    private final TaskAccess access;
    private final AreaRepository areas;
    private final ProjectRepository projects;
    private final TagRepository tags;
    private final TaskQueries queries;
    private final MemberStore members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountService accounts;

    ProjectService(TaskAccess access, AreaRepository areas, ProjectRepository projects, TagRepository tags, TaskQueries queries,
                   MemberStore members, ApplicationEventPublisher events, Clock clock, AccountService accounts) {
        this.accounts = accounts;
        this.access = access;
        this.members = members;
        this.areas = areas;
        this.projects = projects;
        this.tags = tags;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ areas

    /** The person's areas in their order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AreaView> areas() {
        return areas.findByOwnerIdOrderByPositionAsc(access.listOwner()).stream().map(AreaEntity::toView).toList();
    }

    /**
     * Creates an area at the end.
     *
     * @throws TaskValidationException when the name is empty or too long
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AreaView createArea(String name) {
        var owner = access.currentUser();
        checkName("name", name, AreaView.NAME_MAX_LENGTH);
        return areas.save(new AreaEntity(owner, name, areas.nextPosition(owner), clock.instant())).toView();
    }

    /**
     * Renames an area.
     *
     * @throws AreaNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AreaView renameArea(UUID id, String name) {
        var area = access.area(id, Permission.WRITE);
        checkName("name", name, AreaView.NAME_MAX_LENGTH);
        area.setName(name);
        areas.flush();
        return area.toView();
    }

    /**
     * Deletes an area; its projects stay, without an area.
     *
     * @throws AreaNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteArea(UUID id) {
        var area = access.area(id, Permission.WRITE);
        for (var project : projects.findByOwnerIdOrderByPositionAsc(area.getOwnerId())) {
            if (id.equals(project.getAreaId())) {
                project.setAreaId(null);
                events.publishEvent(new ProjectChanged(project.getId(), project.getOwnerId()));
            }
        }
        areas.delete(area);
    }

    // ------------------------------------------------------------------ projects

    /**
     * The person's projects in their order, then the projects others shared with them (by name; their area
     * is the sharer's, so it is null here).
     *
     * @param includeArchived whether archived projects are listed too
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectView> projects(boolean includeArchived) {
        var owner = access.listOwner();
        var open = openTasksByProject(owner);
        var own = projects.findByOwnerIdOrderByPositionAsc(owner).stream()
                .filter(p -> includeArchived || !p.isArchived())
                .map(p -> view(p, open.getOrDefault(p.getId(), 0)));
        return java.util.stream.Stream.concat(own, shared(owner).stream().filter(p -> includeArchived || !p.archived())).toList();
    }

    /** Projects others shared with the person, by name, area hidden. */
    private List<ProjectView> shared(UUID user) {
        var ids = members.sharedWith(user);
        var open = members.openTasks(ids);
        return projects.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing((ProjectEntity p) -> p.getName().toLowerCase(java.util.Locale.ROOT)).thenComparing(ProjectEntity::getId))
                .map(p -> new ProjectView(p.getId(), null, p.getName(), p.getColour(), p.isArchived(), p.getPosition(),
                        open.getOrDefault(p.getId(), 0), p.getVersion()))
                .toList();
    }

    /** Areas in order, each with its projects that are not archived; last, the projects without an area (area null), if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AreaOverview> overview() {
        var owner = access.listOwner();
        var open = openTasksByProject(owner);
        var byArea = new LinkedHashMap<UUID, List<ProjectView>>();
        var withoutArea = new ArrayList<ProjectView>();
        var areaList = areas.findByOwnerIdOrderByPositionAsc(owner);
        areaList.forEach(a -> byArea.put(a.getId(), new ArrayList<>()));
        for (var project : projects.findByOwnerIdOrderByPositionAsc(owner)) {
            if (project.isArchived()) {
                continue;
            }
            var view = view(project, open.getOrDefault(project.getId(), 0));
            byArea.getOrDefault(project.getAreaId(), withoutArea).add(view);
        }
        shared(owner).stream().filter(p -> !p.archived()).forEach(withoutArea::add);
        var overview = new ArrayList<AreaOverview>();
        areaList.forEach(a -> overview.add(new AreaOverview(a.toView(), byArea.get(a.getId()))));
        if (!withoutArea.isEmpty()) {
            overview.add(new AreaOverview(null, withoutArea));
        }
        return overview;
    }

    /**
     * One project.
     *
     * @throws ProjectNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProjectView project(UUID id) {
        var project = access.project(id, Permission.READ);
        return viewFor(project);
    }

    /**
     * What the project view shows on opening, in one transaction: the project, the person's role in it and
     * their display name (for "also viewing now").
     *
     * @throws ProjectNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProjectPage open(UUID id) {
        var project = access.project(id, Permission.READ);
        var role = access.role(project).orElseThrow(ProjectNotFoundException::new);
        return new ProjectPage(viewFor(project), role, accounts.currentUser().displayName());
    }

    /**
     * The person's projects (archived ones too) and tag names, for a window to keep until a hint says they
     * changed. One transaction; tags without their counts.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Directory directory() {
        var owner = access.listOwner();
        return new Directory(projects(true), tags.findByOwner(owner).stream().map(t -> new Directory.Tag(t.getId(), t.getName())).toList());
    }

    /**
     * Creates a project at the end.
     *
     * @throws TaskValidationException when the name or colour is not acceptable
     * @throws AreaNotFoundException when the area is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ProjectView createProject(ProjectDraft draft) {
        var owner = access.currentUser();
        validate(draft);
        var project = new ProjectEntity(owner, draft.name(), projects.nextPosition(owner), clock.instant());
        project.setColour(draft.colour());
        project.setAreaId(draft.areaId() == null ? null : access.area(draft.areaId(), Permission.WRITE).getId());
        projects.save(project);
        events.publishEvent(new ProjectChanged(project.getId(), owner));
        return view(project, 0);
    }

    /**
     * Renames, recolours or moves a project to another area (or none).
     *
     * @throws TaskValidationException when the name or colour is not acceptable
     * @throws ProjectNotFoundException when the project is unknown or not the person's
     * @throws AreaNotFoundException when the area is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ProjectView updateProject(UUID id, ProjectDraft draft) {
        var project = access.project(id, Permission.MANAGE);
        validate(draft);
        project.setName(draft.name());
        project.setColour(draft.colour());
        if (project.getOwnerId().equals(access.currentUser())) {
            // areas are the creator's own: a co-owner's view shows none and changes none
            project.setAreaId(draft.areaId() == null ? null : access.area(draft.areaId(), Permission.WRITE).getId());
        }
        projects.flush();
        events.publishEvent(new ProjectChanged(id, project.getOwnerId()));
        return viewFor(project);
    }

    /**
     * Archives a project (hidden from the overview, its tasks kept) or brings it back.
     *
     * @throws ProjectNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ProjectView archive(UUID id, boolean archived) {
        var project = access.project(id, Permission.MANAGE);
        if (project.isArchived() != archived) {
            project.setArchived(archived);
            projects.flush();
            events.publishEvent(new ProjectChanged(id, project.getOwnerId()));
        }
        return viewFor(project);
    }

    // ------------------------------------------------------------------ tags

    /** The person's tags by name, with their open tasks. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TagView> tags() {
        var owner = access.listOwner();
        var open = queries.openTasksByTag(owner);
        return tags.findByOwner(owner).stream().map(t -> new TagView(t.getId(), t.getName(), open.getOrDefault(t.getId(), 0))).toList();
    }

    /**
     * Creates a tag, or returns the existing one of that name (ignoring case).
     *
     * @throws TaskValidationException when the name is empty or too long
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TagView createTag(String name) {
        var owner = access.currentUser();
        var normalised = name == null ? "" : TagEntity.normaliseName(name);
        checkName("name", normalised, TagView.NAME_MAX_LENGTH);
        var existing = tags.findByOwnerAndLowerNames(owner, List.of(normalised.toLowerCase(Locale.ROOT)));
        var tag = existing.isEmpty() ? tags.save(new TagEntity(owner, normalised)) : existing.getFirst();
        return new TagView(tag.getId(), tag.getName(), 0);
    }

    /**
     * Renames a tag.
     *
     * @throws TaskValidationException when the name is not acceptable or another tag has it
     * @throws TagNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TagView renameTag(UUID id, String name) {
        var tag = access.tag(id, Permission.WRITE);
        var normalised = name == null ? "" : TagEntity.normaliseName(name);
        checkName("name", normalised, TagView.NAME_MAX_LENGTH);
        var clash = tags.findByOwnerAndLowerNames(tag.getOwnerId(), List.of(normalised.toLowerCase(Locale.ROOT)));
        if (clash.stream().anyMatch(t -> !t.getId().equals(id))) {
            throw new TaskValidationException("name", "You already have a tag with this name.");
        }
        tag.setName(normalised);
        tags.flush();
        return new TagView(tag.getId(), tag.getName(), 0);
    }

    /**
     * Deletes a tag; its tasks stay, without it.
     *
     * @throws TagNotFoundException when it is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteTag(UUID id) {
        tags.delete(access.tag(id, Permission.WRITE));
    }

    // ------------------------------------------------------------------ helpers

    private Map<UUID, Integer> openTasksByProject(UUID owner) {
        return queries.openTasksByProject(owner);
    }

    /** The project as the signed-in person sees it: a member does not see the creator's area. */
    private ProjectView viewFor(ProjectEntity p) {
        var open = members.openTasks(List.of(p.getId())).getOrDefault(p.getId(), 0);
        var view = view(p, open);
        return p.getOwnerId().equals(access.currentUser()) ? view
                : new ProjectView(view.id(), null, view.name(), view.colour(), view.archived(), view.position(), open, view.version());
    }

    private static ProjectView view(ProjectEntity p, int openTasks) {
        return new ProjectView(p.getId(), p.getAreaId(), p.getName(), p.getColour(), p.isArchived(), p.getPosition(), openTasks, p.getVersion());
    }

    private static void validate(ProjectDraft draft) {
        var errors = new LinkedHashMap<String, String>();
        var name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            errors.put("name", "Give the project a name.");
        } else if (name.length() > ProjectView.NAME_MAX_LENGTH) {
            errors.put("name", "Use at most " + ProjectView.NAME_MAX_LENGTH + " characters.");
        }
        InputBounds.checkNul(errors, "name", name);
        if (draft.colour() != null && ProjectEntity.normaliseColour(draft.colour()) == null) {
            errors.put("colour", "Choose a colour like #3366cc.");
        }
        if (!errors.isEmpty()) {
            throw new TaskValidationException(errors);
        }
    }

    private static void checkName(String field, String name, int max) {
        var stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new TaskValidationException(field, "Enter a name.");
        }
        if (stripped.length() > max) {
            throw new TaskValidationException(field, "Use at most " + max + " characters.");
        }
        if (InputBounds.hasNul(stripped)) {
            throw new TaskValidationException(field, InputBounds.NUL_MESSAGE);
        }
    }
}
