package app.helmsman.accounts;

import static app.helmsman.WebClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.WebClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server-rendered sign-in page (ADR 0030) over real HTTP: what it shows, where it sends people, and that an
 * anonymous visit costs no session. The browser side (axe, keyboard, 320 px) is in the shared browser tests.
 */
@IntegrationTest
class SignInPageIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SetupService setup;

    WebClient browser;

    @BeforeEach
    void freshAccounts() {
        fixtures.resetDatabase();
        browser = new WebClient("http://localhost:" + port);
    }

    @Test
    void first_run_without_an_admin_sends_everyone_to_setup() {
        setup.issueToken();

        var page = browser.get("/login");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(location(page)).endsWith("/setup");
    }

    @Test
    void an_anonymous_visitor_gets_the_form_without_vaadin_and_without_a_session() {
        fixtures.admin("root@example.com");

        var page = browser.get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<title>Sign in · Helmsman</title>", "<main", "<h1>Sign in to Helmsman</h1>",
                        "<label for=\"username\">Email</label>", "name=\"username\" type=\"email\" autocomplete=\"username\"",
                        "<label for=\"password\">Password</label>", "name=\"password\" type=\"password\"",
                        "action=\"/login\"", "href=\"/signup\">Create an account</a>")
                .doesNotContain("role=\"alert\"", "Sign in with", "VAADIN", "<script");
        assertThat(page.body().split("<h1", -1)).hasSize(2);
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void anonymous_visitor_of_today_is_sent_to_sign_in() {
        fixtures.admin("root@example.com");

        var today = browser.get("/");

        assertThat(today.statusCode()).isEqualTo(302);
        assertThat(location(today)).endsWith("/login");
        assertThat(browser.get(location(today)).body()).contains("<h1>Sign in to Helmsman</h1>");
    }

    @Test
    void a_new_account_is_told_it_is_ready() {
        fixtures.admin("root@example.com");

        assertThat(browser.get("/login?created").body())
                .contains("<p class=\"notice\" role=\"status\">Your account is ready. Sign in with your email and password.</p>");
    }

    @Test
    void wrong_password_shows_a_message_that_does_not_say_whether_the_account_exists() {
        fixtures.admin("root@example.com");
        fixtures.user("ada@example.com");

        var known = browser.signIn("ada@example.com", "wrong password");
        assertThat(location(known)).endsWith("/login?error");
        var knownPage = browser.get(location(known)).body();
        var stranger = new WebClient(browser.baseUrl());
        var unknownPage = stranger.get(location(stranger.signIn("nobody@example.com", "wrong password"))).body();

        assertThat(knownPage).contains("role=\"alert\"", "Incorrect email or password", "Check your email and password and try again.")
                .contains("aria-describedby=\"sign-in-problem\"").isEqualTo(unknownPage);
    }

    @Test
    void locked_sign_in_says_how_many_minutes_to_wait() {
        fixtures.admin("root@example.com");
        fixtures.user("ada@example.com");
        for (int i = 0; i < 5; i++) {
            browser.signIn("ada@example.com", "wrong password " + i);
        }

        var locked = browser.signIn("ada@example.com", Fixtures.PASSWORD);

        assertThat(location(locked)).endsWith("/login?error");
        assertThat(browser.get(location(locked)).body()).contains("Sign-in paused",
                "Too many failed attempts. For your safety, try again in 15 minutes.");
    }

    @Test
    void the_form_signs_in_without_a_token_from_this_site_and_is_refused_from_another() {
        fixtures.admin("root@example.com");
        fixtures.user("ada@example.com");
        browser.get("/login");

        var elsewhere = browser.postForm("/login", Map.of("username", "ada@example.com", "password", Fixtures.PASSWORD), "https://evil.example");
        assertThat(elsewhere.statusCode()).isEqualTo(403);

        var here = browser.postForm("/login", Map.of("username", "ada@example.com", "password", Fixtures.PASSWORD), browser.baseUrl());
        assertThat(here.statusCode()).isEqualTo(302);
        assertThat(location(here)).doesNotContain("/login");
        assertThat(browser.cookie("helmsman-remember-me")).isPresent();
    }

    @Test
    void signed_in_person_opening_sign_in_lands_on_today() {
        fixtures.admin("root@example.com");
        fixtures.user("ada@example.com");
        browser.signIn("ada@example.com", Fixtures.PASSWORD);

        var page = browser.get("/login");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(location(page)).endsWith("/");
    }
}
