package app.helmsman.tasks.ui;

import app.helmsman.Windows;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.KaribuTest;
import app.helmsman.accounts.AccountService;
import app.helmsman.live.LiveHint;
import app.helmsman.live.LivePresence;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.NotAllowedException;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectMember;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.ProjectRole;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Shared projects as people see them: Ada shares "Launch" with Ed (editor) and Vic (viewer). Changes one
 * person makes reach the others' open views; losing access takes a view away at once.
 */
class SharingViewTest extends KaribuTest {

    @Autowired
    LiveUpdates live;
    @Autowired
    LivePresence presence;
    @Autowired
    AccountService accounts;
    @Autowired
    TaskService tasks;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectMembersService members;
    @Autowired
    app.helmsman.tasks.ProjectInvitationService invitations;

    UUID ada;
    UUID ed;
    UUID vic;
    UUID launch;
    UUID plan;

    @BeforeEach
    void adaSharesLaunch() {
        ada = fixtures.user("ada@example.com");
        ed = fixtures.user("ed@example.com");
        vic = fixtures.user("vic@example.com");
        signIn("ada@example.com");
        launch = projects.createProject(ProjectDraft.named("Launch")).id();
        plan = tasks.create(TaskDraft.titled("Write the plan").inProject(launch)).id();
        fixtures.share(launch, "ed@example.com", ProjectRole.EDITOR);
        fixtures.share(launch, "vic@example.com", ProjectRole.VIEWER);
        Windows.awaitDelivery(live);
    }

    /** Runs something as another person on another device: no UI of this test's window involved. */
    private void elsewhereAs(String email, Runnable action) {
        var here = UI.getCurrent();
        UI.setCurrent(null);
        try {
            fixtures.signIn(email);
            action.run();
        } finally {
            UI.setCurrent(here);
        }
    }

    @Test
    void a_task_completed_by_the_owner_reaches_an_editors_open_window() {
        signIn("ed@example.com");
        var received = new ArrayList<LiveHint>();
        live.subscribe(UI.getCurrent(), ed, Set.of("tasks"), received::addAll);

        elsewhereAs("ada@example.com", () -> tasks.complete(plan, null));

        Windows.awaitDelivery(live);
        assertThat(received).singleElement().satisfies(hint -> {
            assertThat(hint.ids()).containsExactly(plan);
            assertThat(hint.summary()).isEqualTo("'Write the plan' completed");
        });
    }

    @Test
    void a_viewer_cannot_assign_and_sees_why_next_to_the_field() {
        signIn("vic@example.com");
        var field = new AssigneeField(members);
        UI.getCurrent().add(field);
        field.show(plan, null);

        setValue(field, vic);

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("You can view this project but not change it.");
        assertThat(field.getValue()).isNull();
        assertThatThrownBy(() -> tasks.complete(plan, null)).isInstanceOf(NotAllowedException.class);
        signIn("ada@example.com");
        assertThat(tasks.get(plan).status()).isEqualTo(app.helmsman.tasks.Status.TODO);
    }

    @Test
    void the_assignee_field_offers_only_people_with_access_and_assignment_shows_in_their_list() {
        var field = new AssigneeField(members);
        UI.getCurrent().add(field);
        field.show(plan, null);

        assertThat(field.getListDataView().getItems().map(field.getItemLabelGenerator()))
                .containsExactly("Test ada", "Test ed", "Test vic");
        setValue(field, ed);

        assertThat(field.isInvalid()).isFalse();
        signIn("ed@example.com");
        UI.getCurrent().navigate(AssignedView.class);
        assertThat(_get(AssignedView.class).list.getChildren().map(c -> ((ListItem) c).getText())).containsExactly("Write the plan");
    }

    @Test
    void a_removed_member_is_taken_out_of_the_project_at_once_with_a_clear_message() {
        signIn("ed@example.com");
        UI.getCurrent().navigate(AssignedView.class);
        LostAccess.watch(UI.getCurrent(), live, ed, launch, members);

        elsewhereAs("ada@example.com", () -> members.remove(launch, ed));
        signIn("ed@example.com");

        Windows.awaitDelivery(live);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("You no longer have access to 'Launch'.");
    }

    @Test
    void the_presence_indicator_names_who_else_is_viewing_the_project_and_updates_live() {
        var mine = new PresenceIndicator(presence, accounts, members, launch);
        UI.getCurrent().add(mine);
        assertThat(mine.text()).isEqualTo("Only you are viewing this project.");

        var edsWindow = Windows.another();
        signIn("ed@example.com");
        var eds = new PresenceIndicator(presence, accounts, members, launch);
        UI.setCurrent(edsWindow);
        edsWindow.add(eds);
        UI.setCurrent(null);
        signIn("ada@example.com");
        UI.setCurrent(mine.getUI().orElseThrow());

        Windows.awaitDelivery(live);
        assertThat(mine.text()).isEqualTo("Also viewing now: Test ed");
        assertThat(eds.text()).isEqualTo("Also viewing now: Test ada");

        edsWindow.remove(eds);
        Windows.awaitDelivery(live);
        assertThat(mine.text()).isEqualTo("Only you are viewing this project.");
    }

    @Test
    void the_share_dialog_invites_by_email_shows_the_invitation_as_pending_and_can_withdraw_it() {
        fixtures.user("nia@example.com");
        // the dialog opens from a signed-in page, whose layout holds the page's announcer (the sign-in page Karibu
        // was sent to at setup is server-rendered now, ADR 0030, and has none)
        UI.getCurrent().navigate("");
        var dialog = new ShareProjectDialog(members, invitations, launch, "Launch");
        dialog.open();
        var invite = _get(dialog, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Invite"));

        setValue(dialog.email, "nobody@example.com");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(invite);
        assertThat(dialog.result.getText()).startsWith("Nobody was invited");
        assertThat(dialog.email.getValue()).isEqualTo("nobody@example.com");

        setValue(dialog.email, "nia@example.com");
        setValue(dialog.role, ProjectRole.VIEWER);
        com.github.mvysny.kaributesting.v10.ButtonKt._click(invite);

        assertThat(dialog.result.getText()).isEqualTo("Invited Test nia to view 'Launch'. They get access once they accept.");
        assertThat(dialog.email.getValue()).isEmpty();
        assertThat(members.members(launch)).extracting(ProjectMember::email).doesNotContain("nia@example.com");
        assertThat(dialog.list.getChildren().count()).isEqualTo(3);
        assertThat(dialog.pending.getElement().getTextRecursively()).contains("Test nia (nia@example.com): invited, Can view");

        var withdraw = _get(dialog.pending, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Withdraw"));
        assertThat(withdraw.getAriaLabel()).hasValue("Withdraw the invitation to Test nia");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(withdraw);

        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("Withdrew the invitation to Test nia.");
        assertThat(dialog.pending.isVisible()).isFalse();
        assertThat(invitations.pending(launch)).isEmpty();
    }

    @Test
    void a_change_elsewhere_to_the_task_being_edited_shows_the_banner_instead_of_replacing_the_form() {
        var reloads = new AtomicInteger();
        var banner = new ChangedElsewhere(reloads::incrementAndGet);
        UI.getCurrent().add(banner);
        banner.watch(UI.getCurrent(), live, ada, () -> plan);

        elsewhereAs("ed@example.com", () -> tasks.update(plan, tasks.get(plan).version(), tasks.get(plan).toChange()));
        signIn("ada@example.com");

        Windows.awaitDelivery(live);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.message()).isEqualTo("Changed elsewhere ('Write the plan' changed) - reload?");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(banner, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Reload")));
        assertThat(reloads).hasValue(1);
        assertThat(banner.isVisible()).isFalse();
    }

    static List<String> names(List<LivePresence.Viewer> viewers) {
        return viewers.stream().map(LivePresence.Viewer::name).toList();
    }
}
