package app.helmsman.tasks;

import app.helmsman.accounts.UserDirectory;
import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import app.helmsman.tasks.TaskAccess.Permission;
import app.helmsman.tasks.internal.InvitationStore;
import app.helmsman.tasks.internal.MemberStore;
import app.helmsman.tasks.internal.ProjectEntity;
import app.helmsman.tasks.internal.ProjectRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to shared projects, with consent (issue 11): a project's owner invites an existing account by
 * email; the invited person sees the invitation in the app and accepts it (and only then has access, in the
 * role offered) or declines it; owners see pending invitations and can withdraw them. Inviting someone again
 * while their invitation is pending changes its role instead of adding a second one. An invitation id that is
 * not the signed-in person's to answer is answered with {@link InvitationNotFoundException}, as an unknown one.
 * Arguments are never null unless their Javadoc says so.
 */
@Service
public class ProjectInvitationService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    private final TaskAccess access;
    private final MemberStore members;
    private final InvitationStore invitations;
    private final ProjectRepository projects;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectInvitationService(TaskAccess access, MemberStore members, InvitationStore invitations, ProjectRepository projects,
                             UserDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.members = members;
        this.invitations = invitations;
        this.projects = projects;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invites an existing account to the project with a role; they get access once they accept. An address
     * without an account invites nobody and says so neutrally (nothing is sent anywhere).
     *
     * @throws TaskValidationException ({@code email}) when the address is not an address, is the creator's, or
     *         is a member's already
     * @throws NotAllowedException when the person is a member but not an owner
     * @throws ProjectNotFoundException when the person is not a member
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Invitation invite(UUID projectId, String email, ProjectRole role) {
        var project = access.project(projectId, Permission.MANAGE);
        Objects.requireNonNull(role);
        var address = email == null ? "" : email.strip();
        if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
            throw new TaskValidationException("email", "Enter an email address like name@example.com.");
        }
        var person = directory.byEmail(address);
        if (person.isEmpty()) {
            return new Invitation(false, "Nobody was invited: no Helmsman account uses " + address
                    + ". Once they have signed up, invite them again.");
        }
        var invitee = person.get();
        if (invitee.id().equals(project.getOwnerId())) {
            throw new TaskValidationException("email", "That is the project's creator, who always has access.");
        }
        if (members.role(project.getId(), invitee.id()).isPresent()) {
            throw new TaskValidationException("email", invitee.displayName() + " has access already: change their role in the list below.");
        }
        var me = access.currentUser();
        var fresh = invitations.put(project.getId(), invitee.id(), me, role.name(), clock.instant());
        var inviter = name(me);
        tell(invitee.id(), project.getId(), inviter + " invited you to '" + project.getName() + "' (" + role.label()
                + "). Accept or decline it under Areas.");
        var what = role == ProjectRole.VIEWER ? "view" : role == ProjectRole.EDITOR ? "edit" : "manage";
        return new Invitation(true, fresh
                ? "Invited " + invitee.displayName() + " to " + what + " '" + project.getName() + "'. They get access once they accept."
                : invitee.displayName() + " was invited already; the invitation now offers: " + role.label() + ".");
    }

    /**
     * The project's pending invitations, oldest first.
     *
     * @throws NotAllowedException when the person is a member but not an owner
     * @throws ProjectNotFoundException when the person is not a member
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectInvitation> pending(UUID projectId) {
        var project = access.project(projectId, Permission.MANAGE);
        return views(invitations.forProject(project.getId()));
    }

    /**
     * Takes back a pending invitation; the invited person's open views drop it.
     *
     * @throws NotAllowedException when the person is a member of the project but not an owner
     * @throws InvitationNotFoundException when it is unknown, answered, or for a project the person is not a member of
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdraw(UUID invitationId) {
        var row = invitations.find(invitationId).orElseThrow(InvitationNotFoundException::new);
        ProjectEntity project;
        try {
            project = access.project(row.projectId(), Permission.MANAGE);
        } catch (ProjectNotFoundException notMember) {
            throw new InvitationNotFoundException();
        }
        if (invitations.delete(row.id())) {
            tell(row.inviteeId(), project.getId(), "The invitation to '" + project.getName() + "' was withdrawn.");
        }
    }

    /** The signed-in person's pending invitations, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectInvitation> mine() {
        return views(invitations.forInvitee(access.currentUser()));
    }

    /**
     * Accepts one of the signed-in person's invitations: from now on they have access to the project in the
     * role offered.
     *
     * @return the project, as the person now sees it
     * @throws InvitationNotFoundException when it is unknown, answered, withdrawn, someone else's, or from an
     *         owner who no longer manages the project
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UUID accept(UUID invitationId) {
        var row = mineToAnswer(invitationId);
        var project = projects.findById(row.projectId()).orElseThrow(InvitationNotFoundException::new);
        var inviterManages = row.invitedBy().equals(project.getOwnerId())
                || members.role(project.getId(), row.invitedBy()).filter(ProjectRole.OWNER.name()::equals).isPresent();
        if (!inviterManages) {
            throw new InvitationNotFoundException();
        }
        invitations.delete(row.id());
        members.put(project.getId(), row.inviteeId(), row.role(), clock.instant());
        events.publishEvent(new ProjectChanged(project.getId(), project.getOwnerId()));
        tell(row.inviteeId(), project.getId(), "You joined '" + project.getName() + "'.");
        return project.getId();
    }

    /**
     * Declines one of the signed-in person's invitations; nothing changes in the project.
     *
     * @throws InvitationNotFoundException when it is unknown, answered, withdrawn, or someone else's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void decline(UUID invitationId) {
        var row = mineToAnswer(invitationId);
        invitations.delete(row.id());
        projects.findById(row.projectId()).ifPresent(project -> tell(row.invitedBy(), project.getId(),
                name(row.inviteeId()) + " declined the invitation to '" + project.getName() + "'."));
    }

    private InvitationStore.Row mineToAnswer(UUID invitationId) {
        var me = access.currentUser();
        return invitations.find(invitationId).filter(row -> row.inviteeId().equals(me)).orElseThrow(InvitationNotFoundException::new);
    }

    private List<ProjectInvitation> views(List<InvitationStore.Row> rows) {
        var people = new HashSet<UUID>();
        rows.forEach(row -> {
            people.add(row.inviteeId());
            people.add(row.invitedBy());
        });
        var names = directory.byIds(people);
        var list = new ArrayList<ProjectInvitation>();
        for (var row : rows) {
            var project = projects.findById(row.projectId()).orElse(null);
            var invitee = names.get(row.inviteeId());
            var inviter = names.get(row.invitedBy());
            if (project != null && invitee != null) {
                list.add(new ProjectInvitation(row.id(), project.getId(), project.getName(), invitee.id(), invitee.displayName(),
                        invitee.email(), inviter == null ? "Someone" : inviter.displayName(), ProjectRole.valueOf(row.role()),
                        row.invitedAt()));
            }
        }
        return list;
    }

    private String name(UUID user) {
        var person = directory.byIds(List.of(user)).get(user);
        return person == null ? "Someone" : person.displayName();
    }

    /** Hints the person's views (projects, invitations, task lists) that something about their access changed. */
    private void tell(UUID user, UUID projectId, String summary) {
        var now = clock.instant();
        var origin = LiveUpdates.currentUiKey();
        events.publishEvent(new LiveHint(TaskLiveHints.PROJECTS, Set.of(user), Set.of(projectId), summary, origin, now));
        events.publishEvent(new LiveHint(TaskLiveHints.TASKS, Set.of(user), Set.of(), "", origin, now));
    }
}
