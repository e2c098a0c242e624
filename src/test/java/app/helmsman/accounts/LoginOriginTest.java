package app.helmsman.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.accounts.internal.TestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LoginOriginTest {

    static MockHttpServletRequest post(String origin, String referer) {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setScheme("https");
        request.setServerName("helmsman.example.org");
        request.setServerPort(443);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        return request;
    }

    @Test
    void a_post_from_the_same_origin_is_accepted() {
        assertThat(TestAccess.sameOrigin(post("https://helmsman.example.org", null))).isTrue();
    }

    @Test
    void a_post_from_another_site_or_port_or_scheme_is_refused() {
        assertThat(TestAccess.sameOrigin(post("https://evil.example", null))).isFalse();
        assertThat(TestAccess.sameOrigin(post("https://helmsman.example.org:8443", null))).isFalse();
        assertThat(TestAccess.sameOrigin(post("http://helmsman.example.org", null))).isFalse();
    }

    @Test
    void without_origin_the_referer_decides_and_without_both_it_is_refused() {
        assertThat(TestAccess.sameOrigin(post(null, "https://helmsman.example.org/login"))).isTrue();
        assertThat(TestAccess.sameOrigin(post("null", "https://evil.example/x"))).isFalse();
        assertThat(TestAccess.sameOrigin(post(null, null))).isFalse();
    }
}
