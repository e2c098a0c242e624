package app.helmsman.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.accounts.SignInOptions;
import app.helmsman.accounts.internal.LoginLockedException;
import app.helmsman.accounts.internal.SignInUnavailableException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The sign-in page's words for each failure, and that nothing it shows can break out of its HTML. */
class SignInHtmlTest {

    @Test
    void each_failure_has_its_own_words() {
        assertThat(SignInHtml.problem(new BadCredentialsException("x"))).isEqualTo(SignInHtml.BAD_CREDENTIALS);
        assertThat(SignInHtml.problem(null)).isEqualTo(SignInHtml.BAD_CREDENTIALS);
        assertThat(SignInHtml.problem(new LoginLockedException(Duration.ofSeconds(14 * 60 + 5))).message())
                .isEqualTo("Too many failed attempts. For your safety, try again in 15 minutes.");
        assertThat(SignInHtml.problem(new LoginLockedException(Duration.ofSeconds(30))).message()).endsWith("try again in 1 minute.");
        assertThat(SignInHtml.problem(new SignInUnavailableException(new DataAccessResourceFailureException("connection refused"))).message())
                .isEqualTo("Helmsman cannot reach its database right now. Nothing you saved is lost; please try again in a minute.");
        var oauth = SignInHtml.problem(new OAuth2AuthenticationException(new OAuth2Error("invalid", "Your Google email is not verified.", null)));
        assertThat(oauth.title()).isEqualTo("Could not sign in with that provider");
        assertThat(oauth.message()).isEqualTo("Your Google email is not verified.");
    }

    @Test
    void a_provider_description_and_provider_names_are_escaped() {
        var html = SignInHtml.render("", null, new SignInHtml.Problem("Could not sign in with that provider", "<img src=x onerror=alert(1)>"),
                List.of(new SignInOptions.Provider("google", "Google\" onclick=\"alert(1)")));

        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;", "Sign in with Google&quot; onclick=&quot;alert(1)</a>",
                "href=\"/oauth2/authorization/google\"").doesNotContain("<img", "\" onclick=\"");
    }

    @Test
    void provider_links_follow_the_form() {
        var html = SignInHtml.render("/app", null, null, List.of(new SignInOptions.Provider("google", "Google"),
                new SignInOptions.Provider("microsoft", "Microsoft")));

        assertThat(html).contains("action=\"/app/login\"", "<a href=\"/app/oauth2/authorization/google\">Sign in with Google</a>",
                "<a href=\"/app/oauth2/authorization/microsoft\">Sign in with Microsoft</a>", "href=\"/app/signup\"");
        assertThat(html.indexOf("Sign in with Google")).isGreaterThan(html.indexOf("</form>"));
    }
}
