package app.helmsman.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.WebClient;
import app.helmsman.accounts.internal.TestAccess;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.apache.catalina.session.ManagerBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Issue "integrity": every anonymous GET of the sign-in page makes a session (Vaadin's view needs one), so their
 * number per instance is capped ({@code helmsman.accounts.max-anonymous-sessions}); one more evicts the oldest
 * anonymous session, never a signed-in one. Also measures what one such session costs on the heap.
 */
@IntegrationTest
class AnonymousSessionCapIT {

    private static final int CAP = 20;
    private static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MeterRegistry meters;

    private int configuredCap;

    @BeforeEach
    void freshAccount() {
        fixtures.resetDatabase();
        fixtures.user("ada@example.com");
        configuredCap = TestAccess.capAnonymousSessions(context, Integer.MAX_VALUE);
    }

    @AfterEach
    void restoreCap() {
        TestAccess.capAnonymousSessions(context, configuredCap);
    }

    @Test
    void two_hundred_anonymous_visits_leave_at_most_the_cap_alive_and_signed_in_people_untouched() {
        var signedIn = new WebClient(url());
        assertThat(WebClient.location(signedIn.signIn("ada@example.com", Fixtures.PASSWORD))).doesNotContain("error");
        signedIn.dropCookie("helmsman-remember-me"); // only the session itself may keep this person signed in
        var signedInSession = signedIn.cookie("JSESSIONID").orElseThrow();
        TestAccess.capAnonymousSessions(context, CAP);

        for (int i = 0; i < 200; i++) {
            assertThat(new WebClient(url()).get("/login").statusCode()).isEqualTo(200);
        }

        assertThat(anonymousSessions()).hasSizeLessThanOrEqualTo(CAP);
        assertThat(meters.get("helmsman.sessions.anonymous").gauge().value()).isLessThanOrEqualTo(CAP);
        var home = signedIn.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(signedIn.cookie("JSESSIONID")).contains(signedInSession);
    }

    @Test
    void a_visitor_whose_sign_in_page_was_evicted_can_still_sign_in() {
        TestAccess.capAnonymousSessions(context, CAP);
        var late = new WebClient(url());
        assertThat(late.get("/login").statusCode()).isEqualTo(200);
        var evicted = late.cookie("JSESSIONID").orElseThrow();

        for (int i = 0; i < 2 * CAP; i++) {
            new WebClient(url()).get("/login");
        }
        assertThat(manager().findSessions()).extracting(Session::getId).doesNotContain(evicted);

        var signIn = late.postForm("/login", Map.of("username", "ada@example.com", "password", Fixtures.PASSWORD), url());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(signIn)).doesNotContain("login");
        late.dropCookie("helmsman-remember-me");
        assertThat(late.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void a_fresh_visitor_can_sign_in_while_the_cap_is_full() {
        TestAccess.capAnonymousSessions(context, CAP);
        for (int i = 0; i < 2 * CAP; i++) {
            new WebClient(url()).get("/login");
        }

        var visitor = new WebClient(url());
        var signIn = visitor.signIn("ada@example.com", Fixtures.PASSWORD);

        assertThat(WebClient.location(signIn)).doesNotContain("login");
        visitor.dropCookie("helmsman-remember-me");
        assertThat(visitor.get("/").statusCode()).isEqualTo(200);
        assertThat(anonymousSessions()).hasSizeLessThanOrEqualTo(CAP);
    }

    /** Not a timing assertion: prints the heap cost for the README and checks each GET made exactly one session. */
    @Test
    void measures_the_heap_cost_of_one_anonymous_sign_in_session() {
        int visits = 500;
        long before = usedHeapAfterGc();
        long created = manager().getSessionCounter();

        for (int i = 0; i < visits; i++) {
            assertThat(new WebClient(url()).get("/login").statusCode()).isEqualTo(200);
        }

        long after = usedHeapAfterGc();
        assertThat(manager().getSessionCounter() - created).isEqualTo(visits);
        System.out.printf("ANON: %.1f KB per anonymous sign-in session (%d GET /login, heap %d MB -> %d MB)%n",
                (after - before) / 1024.0 / visits, visits, before >> 20, after >> 20);

        TestAccess.capAnonymousSessions(context, CAP);
        before = usedHeapAfterGc();
        for (int i = 0; i < visits; i++) {
            new WebClient(url()).get("/login");
        }
        after = usedHeapAfterGc();
        System.out.printf("ANON: %.1f KB of heap per GET /login once the cap (%d) is full%n", (after - before) / 1024.0 / visits, CAP);
        assertThat(anonymousSessions()).hasSizeLessThanOrEqualTo(CAP);
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private java.util.List<Session> anonymousSessions() {
        return Arrays.stream(manager().findSessions()).filter(Session::isValid)
                .filter(session -> session.getSession().getAttribute(SECURITY_CONTEXT) == null).toList();
    }

    private String url() {
        return "http://localhost:" + port;
    }

    private ManagerBase manager() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        var web = (Context) tomcat.getHost().findChildren()[0];
        return (ManagerBase) web.getManager();
    }
}
