package app.helmsman.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/** Where an anonymous visitor was going is kept in a cookie (no session), and only ever leads back to this origin. */
class DeepLinkCookieTest {

    private final CookieRequestCache cache = new CookieRequestCache();

    @Test
    void a_saved_address_of_this_origin_is_returned_without_creating_a_session() {
        var visit = request("/upcoming");
        var response = new MockHttpServletResponse();
        cache.saveRequest(visit, response);

        var saved = cache.getRequest(withCookies(response.getCookies()), new MockHttpServletResponse());

        assertThat(saved).isNotNull();
        assertThat(saved.getRedirectUrl()).isEqualTo("https://helmsman.example/upcoming");
        assertThat(visit.getSession(false)).isNull();
    }

    @Test
    void a_planted_cookie_pointing_at_another_site_is_ignored() {
        var planted = new Cookie("REDIRECT_URI",
                Base64.getEncoder().encodeToString("https://evil.example/steal".getBytes(StandardCharsets.UTF_8)));
        var response = new MockHttpServletResponse();

        var saved = cache.getRequest(withCookies(planted), response);

        assertThat(saved).isNull();
    }

    @Test
    void a_planted_protocol_relative_address_still_leads_only_to_this_origin() {
        var planted = new Cookie("REDIRECT_URI",
                Base64.getEncoder().encodeToString("//evil.example/steal".getBytes(StandardCharsets.UTF_8)));

        var saved = cache.getRequest(withCookies(planted), new MockHttpServletResponse());

        assertThat(saved).satisfiesAnyOf(ignored -> assertThat(saved).isNull(),
                ignored -> assertThat(saved.getRedirectUrl()).startsWith("https://helmsman.example/"));
    }

    private static MockHttpServletRequest request(String path) {
        var request = new MockHttpServletRequest("GET", path);
        request.setScheme("https");
        request.setServerName("helmsman.example");
        request.setServerPort(443);
        request.setSecure(true);
        return request;
    }

    private static MockHttpServletRequest withCookies(Cookie... cookies) {
        var request = request("/login");
        request.setCookies(cookies);
        return request;
    }
}
