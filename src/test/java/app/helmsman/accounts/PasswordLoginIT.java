package app.helmsman.accounts;

import static app.helmsman.WebClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Application;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.WebClient;
import app.helmsman.accounts.internal.DeviceScopedRememberMeServices;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Password sign-in over real HTTP, persistent logins across instances, sign-out everywhere, throttling. */
@IntegrationTest
class PasswordLoginIT {

    private static final String REMEMBER_ME = DeviceScopedRememberMeServices.COOKIE_NAME;
    private static ConfigurableApplicationContext secondInstance;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeviceScopedRememberMeServices rememberMe;
    @Autowired
    TestClock clock;

    WebClient browser;

    @BeforeEach
    void freshAccount() {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        fixtures.user("ada@example.com");
        browser = new WebClient("http://localhost:" + port);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void the_right_password_signs_in_and_starts_a_persistent_login() {
        var response = browser.signIn("ada@example.com", Fixtures.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).doesNotContain("/login");
        assertThat(browser.cookie(REMEMBER_ME)).isPresent();
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = 'ada@example.com'", Integer.class)).isEqualTo(1);
    }

    @Test
    void the_persistent_login_cookie_is_http_only_and_same_site_lax() {
        var response = browser.signIn("ada@example.com", Fixtures.PASSWORD);

        var cookie = response.headers().allValues("Set-Cookie").stream().filter(header -> header.startsWith(REMEMBER_ME + "="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    @Test
    void a_wrong_password_is_refused_with_the_same_answer_as_an_unknown_email() {
        var wrongPassword = browser.signIn("ada@example.com", "not the password");
        var unknownEmail = new WebClient(browser.baseUrl()).signIn("nobody@example.com", "not the password");

        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(location(wrongPassword)).endsWith("/login?error");
        assertThat(location(unknownEmail)).isEqualTo(location(wrongPassword));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void the_persistent_login_signs_the_person_in_on_another_instance_after_the_session_is_lost() {
        browser.signIn("ada@example.com", Fixtures.PASSWORD);
        var firstToken = browser.cookie(REMEMBER_ME).orElseThrow();
        browser.dropCookie("JSESSIONID");

        browser.at("http://localhost:" + secondInstancePort());
        var onOtherInstance = browser.get("/");

        assertThat(onOtherInstance.statusCode()).isEqualTo(200);
        assertThat(browser.cookie(REMEMBER_ME)).isPresent().get().isNotEqualTo(firstToken);
    }

    @Test
    void after_sign_out_everywhere_the_persistent_login_no_longer_works() {
        browser.signIn("ada@example.com", Fixtures.PASSWORD);
        var anotherDevice = new WebClient(browser.baseUrl());
        anotherDevice.signIn("ada@example.com", Fixtures.PASSWORD);
        assertThat(anotherDevice.get("/").statusCode()).isEqualTo(200);

        fixtures.signIn("ada@example.com");
        accounts.signOutEverywhere();
        fixtures.signOut();

        browser.dropCookie("JSESSIONID");
        var withOnlyTheCookie = browser.get("/");
        assertThat(withOnlyTheCookie.statusCode()).isEqualTo(302);
        assertThat(location(withOnlyTheCookie)).endsWith("/login");
        assertThat(jdbc.queryForObject("select count(*) from persistent_logins", Integer.class)).isZero();
    }

    @Test
    void an_open_session_on_another_device_ends_after_sign_out_everywhere() {
        var start = clock.instant().plusSeconds(5);
        clock.set(start);
        var anotherDevice = new WebClient(browser.baseUrl());
        anotherDevice.signIn("ada@example.com", Fixtures.PASSWORD);
        assertThat(anotherDevice.get("/").statusCode()).isEqualTo(200);
        anotherDevice.dropCookie(REMEMBER_ME);

        clock.set(start.plusSeconds(1));
        fixtures.signIn("ada@example.com");
        accounts.signOutEverywhere();
        fixtures.signOut();
        clock.set(start.plusSeconds(10));

        var afterRevocation = anotherDevice.get("/");
        assertThat(afterRevocation.statusCode()).isEqualTo(302);
        assertThat(location(afterRevocation)).endsWith("/login");
    }

    @Test
    void a_session_signed_in_but_not_used_yet_ends_after_sign_out_everywhere() {
        var start = clock.instant().plusSeconds(5);
        clock.set(start);
        var idleDevice = new WebClient(browser.baseUrl());
        assertThat(location(idleDevice.signIn("ada@example.com", Fixtures.PASSWORD))).doesNotContain("/login");
        idleDevice.dropCookie(REMEMBER_ME);

        clock.set(start.plusSeconds(60));
        fixtures.signIn("ada@example.com");
        accounts.signOutEverywhere();
        fixtures.signOut();
        clock.set(start.plusSeconds(120));

        var firstUse = idleDevice.get("/");
        assertThat(firstUse.statusCode()).isEqualTo(302);
        assertThat(location(firstUse)).endsWith("/login");
    }

    @Test
    void a_session_signed_in_but_not_used_yet_ends_after_a_password_change_elsewhere() {
        var start = clock.instant().plusSeconds(5);
        clock.set(start);
        var idleDevice = new WebClient(browser.baseUrl());
        assertThat(location(idleDevice.signIn("ada@example.com", Fixtures.PASSWORD))).doesNotContain("/login");
        idleDevice.dropCookie(REMEMBER_ME);

        clock.set(start.plusSeconds(60));
        fixtures.signIn("ada@example.com");
        accounts.changePassword(Fixtures.PASSWORD, "a brand new sentence of mine");
        fixtures.signOut();
        clock.set(start.plusSeconds(120));

        var firstUse = idleDevice.get("/");
        assertThat(firstUse.statusCode()).isEqualTo(302);
        assertThat(location(firstUse)).endsWith("/login");
    }

    @Test
    void signing_out_ends_only_this_devices_persistent_login() {
        browser.signIn("ada@example.com", Fixtures.PASSWORD);
        var anotherDevice = new WebClient(browser.baseUrl());
        anotherDevice.signIn("ada@example.com", Fixtures.PASSWORD);
        var request = new MockHttpServletRequest();
        request.setCookies(new Cookie(REMEMBER_ME, browser.cookie(REMEMBER_ME).orElseThrow()));
        var response = new MockHttpServletResponse();

        rememberMe.logout(request, response, null);

        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = 'ada@example.com'", Integer.class)).isEqualTo(1);
        assertThat(response.getCookie(REMEMBER_ME).getMaxAge()).isZero();
        anotherDevice.dropCookie("JSESSIONID");
        assertThat(anotherDevice.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void repeated_failures_lock_the_account_for_a_while_even_with_the_right_password() {
        for (int i = 0; i < 5; i++) {
            browser.signIn("ada@example.com", "wrong password " + i);
        }
        var withRightPassword = browser.signIn("ada@example.com", Fixtures.PASSWORD);

        assertThat(location(withRightPassword)).endsWith("/login?error");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where throttle_key = 'account:ada@example.com' and locked_until > now()",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void a_successful_sign_in_resets_the_failure_count() {
        for (int i = 0; i < 4; i++) {
            browser.signIn("ada@example.com", "wrong password " + i);
        }
        browser.signIn("ada@example.com", Fixtures.PASSWORD);
        var again = new WebClient(browser.baseUrl());
        for (int i = 0; i < 4; i++) {
            again.signIn("ada@example.com", "wrong again " + i);
        }

        assertThat(location(again.signIn("ada@example.com", Fixtures.PASSWORD))).doesNotContain("/login");
    }

    @Test
    void failures_from_one_address_lock_it_even_when_each_nineteen_are_followed_by_a_successful_sign_in() {
        for (int round = 0; round < 3; round++) {
            var attacker = new WebClient(browser.baseUrl());
            for (int i = 0; i < 19; i++) {
                attacker.signIn("victim" + round + "-" + i + "@example.com", "guess " + i);
            }
            attacker.signIn("ada@example.com", Fixtures.PASSWORD);
        }

        var withRightPassword = new WebClient(browser.baseUrl()).signIn("ada@example.com", Fixtures.PASSWORD);
        assertThat(location(withRightPassword)).endsWith("/login?error");
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where throttle_key like 'address:%' and locked_until > now()",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void a_sign_in_post_from_another_site_is_refused() {
        browser.get("/login");
        var crossSite = browser.postForm("/login", Map.of("username", "ada@example.com", "password", Fixtures.PASSWORD), "https://evil.example");
        var noOrigin = browser.postForm("/login", Map.of("username", "ada@example.com", "password", Fixtures.PASSWORD), null);

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(noOrigin.statusCode()).isEqualTo(403);
        assertThat(browser.cookie(REMEMBER_ME)).isEmpty();
    }

    @Test
    void pages_carry_the_security_headers() {
        var page = browser.get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'").contains("default-src 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void signing_in_changes_the_session_id() {
        // the sign-in page makes no session (ADR 0030); a Vaadin page visited first, such as sign-up, does
        browser.get("/signup");
        var before = browser.cookie("JSESSIONID").orElseThrow();
        browser.postForm("/login", Map.of("username", "ada@example.com", "password", Fixtures.PASSWORD), browser.baseUrl());

        assertThat(browser.cookie("JSESSIONID")).isPresent().get().isNotEqualTo(before);
    }

    private static synchronized int secondInstancePort() {
        if (secondInstance == null) {
            secondInstance = new SpringApplicationBuilder(Application.class).profiles("test")
                    .run("--server.port=0", "--management.server.port=0");
        }
        return ((WebServerApplicationContext) secondInstance).getWebServer().getPort();
    }
}
