package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17, "Fast on a phone", over real HTTP without signing in: a favicon, the stylesheets of the pages people see
 * before signing in served (not redirected to /login), compressed HTML, CSS and JavaScript, and a year's cache for the
 * content-hashed bundle. The sign-in page itself is plain HTML (ADR 0030); the sign-up page is a Vaadin page.
 */
@IntegrationTest
class StaticAssetsIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void anAdminExists() {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com"); // before that, the sign-in page sends everyone to /setup
    }

    @Test
    void the_favicon_is_served_to_everyone() throws Exception {
        var icon = get("/favicon.ico", false);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/"));

        var svg = get("/icons/helmsman.svg", false);
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(new String(svg.body())).contains("<svg");
    }

    @Test
    void the_pages_link_their_icon_so_no_browser_asks_for_a_missing_one() throws Exception {
        for (var path : new String[] {"/login", "/signup"}) {
            var page = new String(get(path, false).body());
            assertThat(page).as(path).containsPattern("<link(?=[^>]*rel=\"icon\")[^>]*icons/helmsman\\.svg");
        }
    }

    @Test
    void every_stylesheet_of_the_sign_up_page_is_served_without_signing_in() throws Exception {
        var page = new String(get("/signup", false).body());
        for (var path : new String[] {"/styles.css", "/styles/views.css", "/styles/details.css", "/styles/dataio.css", "/styles/assistui.css"}) {
            var css = get(path, false);
            assertThat(css.statusCode()).as(path).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        }
        assertThat(page).contains("styles/views.css");
    }

    @Test
    void html_css_and_javascript_are_sent_compressed() throws Exception {
        assertThat(get("/login", true).headers().firstValue("Content-Encoding")).as("sign-in page").hasValue("gzip");
        assertThat(get("/signup", true).headers().firstValue("Content-Encoding")).as("sign-up page").hasValue("gzip");
        assertThat(get("/styles.css", true).headers().firstValue("Content-Encoding")).as("styles.css").isPresent();
        assertThat(get(bundleScript(), true).headers().firstValue("Content-Encoding")).as("bundle").isPresent();
    }

    @Test
    void the_content_hashed_bundle_is_cached_for_a_year_and_the_rest_is_revalidated() throws Exception {
        var bundle = get(bundleScript(), false);
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");

        var css = get("/styles/views.css", false);
        assertThat(css.headers().allValues("Cache-Control")).containsExactly("no-cache");
        assertThat(css.headers().firstValue("Last-Modified").or(() -> css.headers().firstValue("ETag"))).isPresent();
    }

    /** The bootstrap script named in a Vaadin page, e.g. /VAADIN/build/indexhtml-BfnNYcbf.js. */
    private String bundleScript() throws Exception {
        var page = new String(get("/signup", false).body());
        var matcher = Pattern.compile("(VAADIN/build/[^\"']+\\.js)").matcher(page);
        assertThat(matcher.find()).as("the page names its bundle: " + page).isTrue();
        return "/" + matcher.group(1);
    }

    private HttpResponse<byte[]> get(String path, boolean acceptCompressed) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20));
        if (acceptCompressed) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
