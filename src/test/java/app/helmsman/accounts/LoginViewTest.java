package app.helmsman.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.accounts.internal.LoginLockedException;
import app.helmsman.accounts.internal.SignInUnavailableException;
import app.helmsman.accounts.ui.LoginView;
import app.helmsman.accounts.ui.SetupView;
import app.helmsman.planner.ui.PlanView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @Test
    void first_run_without_an_admin_sends_everyone_to_setup() {
        UI.getCurrent().navigate("login");

        assertThat(currentView()).isInstanceOf(SetupView.class);
    }

    @Test
    void anonymous_visitor_of_today_is_sent_to_sign_in() {
        fixtures.admin("root@example.com");
        UI.getCurrent().navigate("");

        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Sign in to Helmsman");
    }

    @Test
    void wrong_password_shows_a_message_that_does_not_say_whether_the_account_exists() {
        fixtures.admin("root@example.com");
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("x"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("Incorrect email or password");
    }

    @Test
    void locked_sign_in_says_how_many_minutes_to_wait() {
        fixtures.admin("root@example.com");
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginLockedException(Duration.ofSeconds(14 * 60 + 5)));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(LoginForm.class).getElement().getPropertyRaw("i18n").toString())
                .contains("Too many failed attempts. For your safety, try again in 15 minutes.");
    }

    @Test
    void sign_in_while_the_database_is_unreachable_says_to_try_again_instead_of_blaming_the_password() {
        fixtures.admin("root@example.com");
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInUnavailableException(new org.springframework.dao.DataAccessResourceFailureException("connection refused")));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(LoginForm.class).getElement().getPropertyRaw("i18n").toString())
                .contains("Helmsman cannot reach its database right now. Nothing you saved is lost; please try again in a minute.");
    }

    @Test
    void no_provider_buttons_appear_when_no_provider_is_configured() {
        fixtures.admin("root@example.com");
        UI.getCurrent().navigate("login");

        assertThat(_find(Anchor.class)).noneMatch(a -> a.getText().startsWith("Sign in with"));
    }

    @Test
    void signed_in_person_opening_sign_in_lands_on_today() {
        fixtures.admin("root@example.com");
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("login");

        assertThat(currentView()).isInstanceOf(PlanView.class);
    }

    static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
