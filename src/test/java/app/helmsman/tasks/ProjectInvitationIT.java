package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.live.LiveHint;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Invitations with consent: Ada created "Launch" and invites Ed; Ed gets access only once he accepts. Nia is a
 * stranger to both.
 */
@IntegrationTest
@RecordApplicationEvents
class ProjectInvitationIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskService tasks;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectMembersService members;
    @Autowired
    ProjectInvitationService invitations;
    @Autowired
    ApplicationEvents events;

    UUID ada;
    UUID ed;
    UUID launch;
    UUID plan;

    @BeforeEach
    void adaCreatesLaunch() {
        fixtures.resetDatabase();
        ada = fixtures.user("ada@example.com");
        ed = fixtures.user("ed@example.com");
        fixtures.user("nia@example.com");
        fixtures.user("vic@example.com");
        fixtures.signIn("ada@example.com");
        launch = projects.createProject(ProjectDraft.named("Launch")).id();
        plan = tasks.create(TaskDraft.titled("Write the plan").inProject(launch)).id();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void an_invitation_gives_no_access_until_it_is_accepted() {
        var sent = invitations.invite(launch, "ed@example.com", ProjectRole.EDITOR);

        assertThat(sent.added()).isTrue();
        assertThat(sent.message()).contains("once they accept");
        assertThat(members.members(launch)).extracting(ProjectMember::userId).containsExactly(ada);
        fixtures.signIn("ed@example.com");
        assertThatThrownBy(() -> projects.project(launch)).isInstanceOf(ProjectNotFoundException.class);
        assertThatThrownBy(() -> tasks.get(plan)).isInstanceOf(TaskNotFoundException.class);
        assertThat(projects.projects(true)).isEmpty();
        assertThat(invitations.mine()).singleElement().satisfies(i -> {
            assertThat(i.projectName()).isEqualTo("Launch");
            assertThat(i.role()).isEqualTo(ProjectRole.EDITOR);
            assertThat(i.invitedByName()).isEqualTo("Test ada");
        });
    }

    @Test
    void the_invited_person_is_told_live() {
        events.clear();

        invitations.invite(launch, "ed@example.com", ProjectRole.EDITOR);

        assertThat(events.stream(LiveHint.class))
                .anySatisfy(hint -> {
                    assertThat(hint.users()).containsExactly(ed);
                    assertThat(hint.topic()).isEqualTo("projects");
                    assertThat(hint.summary()).contains("invited you to 'Launch'");
                });
    }

    @Test
    void accepting_gives_access_in_the_role_offered() {
        var id = invite("ed@example.com", ProjectRole.VIEWER);
        fixtures.signIn("ed@example.com");

        assertThat(invitations.accept(id)).isEqualTo(launch);

        assertThat(members.myRole(launch)).isEqualTo(ProjectRole.VIEWER);
        assertThat(tasks.get(plan).title()).isEqualTo("Write the plan");
        assertThat(invitations.mine()).isEmpty();
        assertThatThrownBy(() -> tasks.complete(plan, null)).isInstanceOf(NotAllowedException.class);
        fixtures.signIn("ada@example.com");
        assertThat(invitations.pending(launch)).isEmpty();
        assertThat(members.members(launch)).extracting(ProjectMember::userId).containsExactly(ada, ed);
    }

    @Test
    void declining_gives_no_access_and_ends_the_invitation() {
        var id = invite("ed@example.com", ProjectRole.EDITOR);
        fixtures.signIn("ed@example.com");

        invitations.decline(id);

        assertThat(invitations.mine()).isEmpty();
        assertThatThrownBy(() -> invitations.accept(id)).isInstanceOf(InvitationNotFoundException.class);
        assertThatThrownBy(() -> projects.project(launch)).isInstanceOf(ProjectNotFoundException.class);
        fixtures.signIn("ada@example.com");
        assertThat(invitations.pending(launch)).isEmpty();
        assertThat(members.members(launch)).extracting(ProjectMember::userId).containsExactly(ada);
    }

    @Test
    void a_withdrawn_invitation_can_no_longer_be_accepted() {
        var id = invite("ed@example.com", ProjectRole.EDITOR);

        invitations.withdraw(id);

        assertThat(invitations.pending(launch)).isEmpty();
        fixtures.signIn("ed@example.com");
        assertThat(invitations.mine()).isEmpty();
        assertThatThrownBy(() -> invitations.accept(id)).isInstanceOf(InvitationNotFoundException.class);
        assertThatThrownBy(() -> tasks.get(plan)).isInstanceOf(TaskNotFoundException.class);
    }

    @Test
    void a_stranger_cannot_accept_decline_or_withdraw_someone_elses_invitation() {
        var id = invite("ed@example.com", ProjectRole.OWNER);
        fixtures.signIn("nia@example.com");

        assertThatThrownBy(() -> invitations.accept(id)).isInstanceOf(InvitationNotFoundException.class);
        assertThatThrownBy(() -> invitations.decline(id)).isInstanceOf(InvitationNotFoundException.class);
        assertThatThrownBy(() -> invitations.withdraw(id)).isInstanceOf(InvitationNotFoundException.class);
        assertThatThrownBy(() -> invitations.pending(launch)).isInstanceOf(ProjectNotFoundException.class);
        assertThatThrownBy(() -> invitations.invite(launch, "nia@example.com", ProjectRole.OWNER)).isInstanceOf(ProjectNotFoundException.class);
        assertThat(invitations.mine()).isEmpty();
        assertThatThrownBy(() -> projects.project(launch)).isInstanceOf(ProjectNotFoundException.class);
        fixtures.signIn("ada@example.com");
        assertThat(invitations.pending(launch)).extracting(ProjectInvitation::inviteeId).containsExactly(ed);
    }

    @Test
    void inviting_again_while_pending_changes_the_role_instead_of_adding_a_second_invitation() {
        invite("ed@example.com", ProjectRole.EDITOR);

        var again = invitations.invite(launch, " ED@example.com", ProjectRole.VIEWER);

        assertThat(again.message()).contains("invited already");
        assertThat(invitations.pending(launch)).singleElement().satisfies(i -> assertThat(i.role()).isEqualTo(ProjectRole.VIEWER));
    }

    @Test
    void members_and_the_creator_cannot_be_invited_and_bad_addresses_are_refused() {
        fixtures.share(launch, "ed@example.com", ProjectRole.EDITOR);

        assertThatThrownBy(() -> invitations.invite(launch, "ed@example.com", ProjectRole.VIEWER))
                .isInstanceOfSatisfying(TaskValidationException.class, e -> assertThat(e.errors().get("email")).contains("has access already"));
        assertThatThrownBy(() -> invitations.invite(launch, "ada@example.com", ProjectRole.VIEWER)).isInstanceOf(TaskValidationException.class);
        assertThatThrownBy(() -> invitations.invite(launch, "not an address", ProjectRole.VIEWER)).isInstanceOf(TaskValidationException.class);
        assertThatThrownBy(() -> invitations.invite(launch, "a@" + "x".repeat(400), ProjectRole.VIEWER)).isInstanceOf(TaskValidationException.class);
        var nobody = invitations.invite(launch, "nobody@example.com", ProjectRole.VIEWER);
        assertThat(nobody.added()).isFalse();
        assertThat(invitations.pending(launch)).isEmpty();
    }

    @Test
    void an_editor_can_neither_invite_nor_see_or_withdraw_pending_invitations() {
        var id = invite("vic@example.com", ProjectRole.VIEWER);
        fixtures.share(launch, "ed@example.com", ProjectRole.EDITOR);
        fixtures.signIn("ed@example.com");

        assertThatThrownBy(() -> invitations.invite(launch, "nia@example.com", ProjectRole.EDITOR)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> invitations.pending(launch)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> invitations.withdraw(id)).isInstanceOf(NotAllowedException.class);
        fixtures.signIn("ada@example.com");
        assertThat(invitations.pending(launch)).extracting(ProjectInvitation::id).containsExactly(id);
    }

    @Test
    void an_invitation_from_an_owner_who_no_longer_manages_the_project_cannot_be_accepted() {
        fixtures.share(launch, "ed@example.com", ProjectRole.OWNER);
        fixtures.signIn("ed@example.com");
        var id = invite("vic@example.com", ProjectRole.EDITOR);
        fixtures.signIn("ada@example.com");
        members.changeRole(launch, ed, ProjectRole.VIEWER);
        fixtures.signIn("vic@example.com");

        assertThatThrownBy(() -> invitations.accept(id)).isInstanceOf(InvitationNotFoundException.class);

        assertThatThrownBy(() -> projects.project(launch)).isInstanceOf(ProjectNotFoundException.class);
    }

    /** Invites as the signed-in person; the id of the pending invitation. */
    private UUID invite(String email, ProjectRole role) {
        assertThat(invitations.invite(launch, email, role).added()).isTrue();
        return invitations.pending(launch).stream().filter(i -> i.inviteeEmail().equals(email)).findFirst().orElseThrow().id();
    }
}
