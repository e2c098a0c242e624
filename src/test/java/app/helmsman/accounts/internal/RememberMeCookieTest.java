package app.helmsman.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.authentication.rememberme.InMemoryTokenRepositoryImpl;

/** The persistent-login cookie: SameSite=Lax always, Secure where the session cookie is (the prod profile). */
class RememberMeCookieTest {

    @Test
    void the_cookie_is_same_site_lax_and_http_only() {
        var cookie = new IssuingServices(false).issue(new MockHttpServletRequest());

        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(cookie.isHttpOnly()).isTrue();
    }

    @Test
    void with_secure_session_cookies_the_cookie_is_secure_even_when_tls_ends_before_the_app() {
        var plainHttpBehindProxy = new MockHttpServletRequest();
        plainHttpBehindProxy.setSecure(false);

        assertThat(new IssuingServices(true).issue(plainHttpBehindProxy).getSecure()).isTrue();
    }

    /** Exposes the cookie the services write, without a database. */
    private static final class IssuingServices extends DeviceScopedRememberMeServices {

        IssuingServices(boolean secureCookie) {
            super("key", new AccountUserDetailsService(null, Clock.systemUTC()), new InMemoryTokenRepositoryImpl(), null, secureCookie);
        }

        Cookie issue(MockHttpServletRequest request) {
            var response = new MockHttpServletResponse();
            setCookie(new String[] {"series", "token"}, 60, request, response);
            return response.getCookie(COOKIE_NAME);
        }
    }
}
