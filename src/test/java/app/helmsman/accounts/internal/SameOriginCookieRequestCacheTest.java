package app.helmsman.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SameOriginCookieRequestCacheTest {

    private final SameOriginCookieRequestCache cache = new SameOriginCookieRequestCache();

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
    void a_planted_cookie_pointing_at_another_site_is_ignored_and_removed() {
        var planted = new Cookie("REDIRECT_URI",
                Base64.getEncoder().encodeToString("https://evil.example/steal".getBytes(StandardCharsets.UTF_8)));
        var response = new MockHttpServletResponse();

        var saved = cache.getRequest(withCookies(planted), response);

        assertThat(saved).isNull();
        assertThat(response.getCookie("REDIRECT_URI")).isNotNull().extracting(Cookie::getMaxAge).isEqualTo(0);
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
