package app.helmsman.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.KaribuTest;
import app.helmsman.accounts.AccountService;
import app.helmsman.accounts.UserSummary;
import app.helmsman.admin.ui.AdminView;
import com.github.mvysny.kaributesting.v10.GridKt;
import app.helmsman.shared.ui.AccessDeniedView;
import app.helmsman.shared.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class AdminViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void an_admin_sees_every_account() {
        fixtures.admin("root@example.com");
        fixtures.user("ada@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(AdminView.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 1).email()).isEqualTo("ada@example.com");
    }

    @Test
    void a_person_without_the_admin_role_cannot_open_the_console() {
        fixtures.admin("root@example.com");
        fixtures.user("ada@example.com");
        signIn("ada@example.com");

        UI.getCurrent().navigate("admin");

        // Vaadin reports a denied route as not found in production mode, so the page does not reveal it exists.
        var shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(shown).isInstanceOfAny(NotFoundView.class, AccessDeniedView.class);
        assertThat(_find(AdminView.class)).isEmpty();
    }

    @Test
    void the_service_refuses_non_admins_even_when_a_view_forgets_to_check() {
        fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");

        assertThatThrownBy(accounts::listUsers).isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in() {
        fixtures.admin("root@example.com");
        UI.getCurrent().navigate("admin");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(app.helmsman.accounts.ui.LoginView.class);
    }
}
