package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.helmsman.KaribuTest;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectInvitationService;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.ProjectNotFoundException;
import app.helmsman.tasks.ProjectRole;
import app.helmsman.tasks.ProjectService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invitations with consent, as the invited person sees them in Areas: Nia is invited to Ada's "Launch". */
class InvitationsViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectInvitationService invitations;
    @Autowired
    ProjectMembersService members;

    UUID launch;
    UUID garden;

    @BeforeEach
    void adaInvitesNia() {
        fixtures.user("ada@example.com");
        fixtures.user("nia@example.com");
        fixtures.signIn("ada@example.com");
        launch = projects.createProject(ProjectDraft.named("Launch")).id();
        garden = projects.createProject(ProjectDraft.named("Garden")).id();
        invitations.invite(launch, "nia@example.com", ProjectRole.EDITOR);
        signIn("nia@example.com");
        UI.getCurrent().navigate(AreasView.class);
    }

    @Test
    void the_invitation_is_shown_with_labelled_buttons_and_accepting_it_lists_the_project() {
        var section = _get(InvitationsSection.class);
        assertThat(section.isVisible()).isTrue();
        assertThat(section.getElement().getTextRecursively()).contains("Test ada invited you to 'Launch' (Can edit).");
        assertThat(projectLinks()).noneMatch(text -> text.contains("Launch"));
        var accept = _get(section, Button.class, spec -> spec.withText("Accept"));
        assertThat(accept.getAriaLabel()).hasValue("Accept the invitation to Launch");

        _click(accept);

        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("You joined 'Launch'.");
        assertThat(section.isVisible()).isFalse();
        assertThat(members.myRole(launch)).isEqualTo(ProjectRole.EDITOR);
        assertThat(projectLinks()).anyMatch(text -> text.contains("Launch"));
    }

    @Test
    void the_header_of_every_view_links_to_waiting_invitations_until_they_are_answered() {
        UI.getCurrent().navigate("");
        var link = _get(RouterLink.class, spec -> spec.withClasses("hm-invitations-link"));
        assertThat(link.getText()).isEqualTo("1 invitation");
        assertThat(link.getHref()).isEqualTo("areas");

        UI.getCurrent().navigate(AreasView.class);
        _click(_get(_get(InvitationsSection.class), Button.class, spec -> spec.withText("Accept")));

        assertThat(_find(RouterLink.class, spec -> spec.withClasses("hm-invitations-link"))).isEmpty();
    }

    @Test
    void declining_ends_the_invitation_and_gives_no_access() {
        var section = _get(InvitationsSection.class);
        var decline = _get(section, Button.class, spec -> spec.withText("Decline"));
        assertThat(decline.getAriaLabel()).hasValue("Decline the invitation to Launch");

        _click(decline);

        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("Declined the invitation to 'Launch'.");
        assertThat(section.isVisible()).isFalse();
        Assertions.assertThatThrownBy(() -> members.myRole(launch)).isInstanceOf(ProjectNotFoundException.class);
        assertThat(projectLinks()).noneMatch(text -> text.contains("Launch"));
    }

    @Test
    void a_new_invitation_appears_in_the_open_view_and_is_announced() {
        var section = _get(InvitationsSection.class);
        var here = UI.getCurrent();
        UI.setCurrent(null); // Ada, on another device
        try {
            fixtures.signIn("ada@example.com");
            invitations.invite(garden, "nia@example.com", ProjectRole.VIEWER);
        } finally {
            UI.setCurrent(here);
            signIn("nia@example.com");
        }

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(section.shown()).hasSize(2);
        });
        assertThat(Announcer.lastMessage(UI.getCurrent())).contains("Test ada invited you to 'Garden' (Can view).");
        assertThat(_find(section, Button.class, spec -> spec.withText("Accept"))).hasSize(2);
    }

    private static java.util.List<String> projectLinks() {
        return _find(RouterLink.class).stream().map(link -> link.getElement().getTextRecursively()).toList();
    }
}
