package app.helmsman.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.WebClient;
import java.time.Duration;
import java.util.Arrays;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.session.ManagerBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * What an anonymous visitor costs the server: sessions created per request (counted by Tomcat's session
 * manager) and how long those sessions live. Signed-in sessions keep the configured timeout.
 */
@IntegrationTest
class AnonymousSessionsIT {

    private static final int REQUESTS = 200;

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void freshAccount() {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com"); // without an admin, the sign-in page sends everyone to /setup
        fixtures.user("ada@example.com");
    }

    @Test
    void static_resources_and_probes_create_no_session() {
        long before = manager().getSessionCounter();

        for (int i = 0; i < REQUESTS; i++) {
            var visitor = new WebClient("http://localhost:" + port);
            assertThat(visitor.get(i % 2 == 0 ? "/styles.css" : "/livez").statusCode()).isEqualTo(200);
        }

        assertThat(manager().getSessionCounter() - before).isZero();
    }

    @Test
    void an_anonymous_deep_link_creates_no_session() {
        long before = manager().getSessionCounter();

        for (int i = 0; i < REQUESTS; i++) {
            var visitor = new WebClient("http://localhost:" + port);
            assertThat(visitor.get("/projects/" + i).statusCode()).isEqualTo(302);
        }

        long created = manager().getSessionCounter() - before;
        System.out.println("[measure] sessions created by " + REQUESTS + " anonymous deep links: " + created);
        assertThat(created).isLessThanOrEqualTo(5);
    }

    @Test
    void after_signing_in_a_deep_link_leads_where_the_visitor_was_going() {
        var browser = new WebClient("http://localhost:" + port);
        assertThat(browser.get("/upcoming").statusCode()).isEqualTo(302);

        var signedIn = browser.signIn("ada@example.com", Fixtures.PASSWORD);

        assertThat(WebClient.location(signedIn)).endsWith("/upcoming");
    }

    @Test
    void anonymous_visits_of_the_sign_in_page_create_no_session() {
        long before = manager().getSessionCounter();

        for (int i = 0; i < REQUESTS; i++) {
            var visitor = new WebClient("http://localhost:" + port);
            assertThat(visitor.get("/login").statusCode()).isEqualTo(200);
        }

        long created = manager().getSessionCounter() - before;
        System.out.println("[measure] sessions created by " + REQUESTS + " anonymous GET /login: " + created);
        assertThat(created).isZero();
    }

    @Test
    void sessions_of_anonymous_visitors_of_a_vaadin_page_expire_within_minutes() {
        long before = manager().getSessionCounter();

        for (int i = 0; i < REQUESTS; i++) {
            var visitor = new WebClient("http://localhost:" + port);
            assertThat(visitor.get("/signup").statusCode()).isEqualTo(200);
        }

        long created = manager().getSessionCounter() - before;
        var longest = Arrays.stream(manager().findSessions()).filter(session -> session.getSession().getAttribute("SPRING_SECURITY_CONTEXT") == null)
                .mapToInt(org.apache.catalina.Session::getMaxInactiveInterval).max().orElse(0);
        System.out.println("[measure] sessions created by " + REQUESTS + " anonymous GET /signup: " + created
                + ", longest idle timeout of an anonymous session: " + longest + " s");
        assertThat(created).isPositive();
        assertThat(Duration.ofSeconds(longest)).isLessThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_signed_in_session_keeps_the_configured_timeout() {
        var browser = new WebClient("http://localhost:" + port);
        browser.signIn("ada@example.com", Fixtures.PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        var session = manager().findSessions();
        var id = browser.cookie("JSESSIONID").orElseThrow();
        var signedIn = Arrays.stream(session).filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
        assertThat(signedIn.getMaxInactiveInterval()).isEqualTo((int) Duration.ofMinutes(30).toSeconds());
    }

    private ManagerBase manager() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        var web = (Context) tomcat.getHost().findChildren()[0];
        Manager manager = web.getManager();
        return (ManagerBase) manager;
    }
}
