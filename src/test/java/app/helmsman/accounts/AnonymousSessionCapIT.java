package app.helmsman.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.WebClient;
import app.helmsman.accounts.internal.TestAccess;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.apache.catalina.Context;
import org.awaitility.core.ConditionTimeoutException;
import org.apache.catalina.Session;
import org.apache.catalina.session.ManagerBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Issue "integrity": every anonymous GET of a Vaadin page (the sign-up page here; the sign-in page is plain HTML and
 * makes none, ADR 0030) makes a session, so their number per instance is capped
 * ({@code helmsman.accounts.max-anonymous-sessions}); one more evicts the oldest anonymous session, never a signed-in
 * one. Also measures what one such session costs on the heap.
 */
@IntegrationTest
class AnonymousSessionCapIT {

    private static final int CAP = 20;
    private static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

    @LocalServerPort
    int port;
    @Value("${local.management.port}")
    int managementPort;
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
        fixtures.admin("root@example.com");
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
            assertThat(new WebClient(url()).get("/signup").statusCode()).isEqualTo(200);
        }

        assertThat(anonymousSessions()).hasSizeLessThanOrEqualTo(CAP);
        assertThat(meters.get("helmsman.sessions.anonymous").gauge().value()).isLessThanOrEqualTo(CAP);
        var home = signedIn.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(signedIn.cookie("JSESSIONID")).contains(signedInSession);
    }

    @Test
    void a_visitor_whose_anonymous_session_was_evicted_can_still_sign_in() {
        TestAccess.capAnonymousSessions(context, CAP);
        var late = new WebClient(url());
        assertThat(late.get("/signup").statusCode()).isEqualTo(200);
        var evicted = late.cookie("JSESSIONID").orElseThrow();

        for (int i = 0; i < 2 * CAP; i++) {
            new WebClient(url()).get("/signup");
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
            new WebClient(url()).get("/signup");
        }

        var visitor = new WebClient(url());
        var signIn = visitor.signIn("ada@example.com", Fixtures.PASSWORD);

        assertThat(WebClient.location(signIn)).doesNotContain("login");
        visitor.dropCookie("helmsman-remember-me");
        assertThat(visitor.get("/").statusCode()).isEqualTo(200);
        assertThat(anonymousSessions()).hasSizeLessThanOrEqualTo(CAP);
    }

    @Test
    void the_number_of_anonymous_sessions_is_scraped_by_prometheus() {
        TestAccess.capAnonymousSessions(context, CAP);
        for (int i = 0; i < 2 * CAP; i++) {
            new WebClient(url()).get("/signup");
        }

        var scrape = new WebClient("http://localhost:" + managementPort).get("/actuator/prometheus").body();

        assertThat(scrape).containsPattern("(?m)^helmsman_sessions_anonymous(\\{[^}]*})? (\\d+(\\.\\d+)?)$")
                .contains("helmsman_sessions_anonymous_evicted_total");
        var live = scrape.lines().filter(line -> line.startsWith("helmsman_sessions_anonymous{") || line.startsWith("helmsman_sessions_anonymous "))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElseThrow();
        assertThat(live).isBetween(1.0, (double) CAP);
    }

    /**
     * Not a timing assertion: prints the heap cost for the README and checks each GET made exactly one session. One
     * cookie-less client makes every GET, so the test's own clients do not count as server heap.
     */
    @Test
    void measures_the_heap_cost_of_one_anonymous_sign_up_session() throws Exception {
        int visits = 500;
        // Earlier tests' HTTP clients (and their selector threads) are garbage the GC frees only over time: let them go first.
        // The application itself keeps two for good (the calendar module's OAuthClient and IcsUrlSynchronizer).
        // How many other tests ran first in this JVM varies, so this only waits a while and never fails the measurement.
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                usedHeapAfterGc();
                return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().endsWith("SelectorManager")).count() <= 2;
            });
        } catch (ConditionTimeoutException stillRunning) {
            System.out.println("ANON: other HTTP clients still alive; the figures below include their garbage");
        }
        try (var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            var signup = HttpRequest.newBuilder(URI.create(url() + "/signup")).timeout(Duration.ofSeconds(20)).GET().build();
            long before = usedHeapAfterGc();
            long created = manager().getSessionCounter();

            for (int i = 0; i < visits; i++) {
                assertThat(http.send(signup, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            }

            long after = usedHeapAfterGc();
            assertThat(manager().getSessionCounter() - created).isEqualTo(visits);
            System.out.printf("ANON: %.1f KB per anonymous sign-up session (%d GET /signup, heap %d MB -> %d MB)%n",
                    (after - before) / 1024.0 / visits, visits, before >> 20, after >> 20);

            // A browser also runs Vaadin's bootstrap script, which builds the sign-up view (a UI) in that session.
            before = usedHeapAfterGc();
            for (int i = 0; i < visits; i++) {
                var page = http.send(signup, HttpResponse.BodyHandlers.discarding());
                var cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
                var init = HttpRequest.newBuilder(URI.create(url() + "/?v-r=init&location=signup")).header("Cookie", cookie)
                        .timeout(Duration.ofSeconds(20)).GET().build();
                assertThat(http.send(init, HttpResponse.BodyHandlers.ofString()).body()).contains("uidl");
            }
            after = usedHeapAfterGc();
            System.out.printf("ANON: %.1f KB per anonymous sign-up session with its sign-up view built (%d visits)%n",
                    (after - before) / 1024.0 / visits, visits);

            TestAccess.capAnonymousSessions(context, CAP);
            http.send(signup, HttpResponse.BodyHandlers.discarding()); // evicts all but the newest CAP
            before = usedHeapAfterGc();
            for (int i = 0; i < visits; i++) {
                http.send(signup, HttpResponse.BodyHandlers.discarding());
            }
            after = usedHeapAfterGc();
            System.out.printf("ANON: %.1f KB of heap per GET /signup once the cap (%d) is full%n", (after - before) / 1024.0 / visits, CAP);
        }
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
