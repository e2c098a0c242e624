package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11 end to end: {@link RequestBodyLimitFilter} in the running server, over real HTTP on the app's port.
 * A UI message that announces 5 MB is answered 413 before its body is sent; one of 5 MB without a length
 * (chunked) is not accepted either; a small request still works.
 */
@IntegrationTest
class RequestBodyLimitIT {

    private static final int FIVE_MB = 5 * 1024 * 1024;
    private static final String UIDL = "/?v-r=uidl&v-uiId=0";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void account() {
        fixtures.resetDatabase();
        fixtures.user("ada@example.com");
    }

    @Test
    void a_five_megabyte_ui_message_is_refused_with_413() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url() + UIDL)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[FIVE_MB])).build();

        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    /** The server answers after the headers alone: it cannot have read (or waited for) a body nobody has sent. */
    @Test
    void the_refusal_comes_before_a_single_byte_of_the_body_is_sent() throws Exception {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            var head = "POST " + UIDL + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + FIVE_MB + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            var statusLine = readLine(socket.getInputStream());

            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void a_five_megabyte_body_without_a_length_is_not_accepted() throws Exception {
        var browser = new WebClient(url());
        assertThat(browser.get("/signup").statusCode()).isEqualTo(200); // a Vaadin page: its session takes UI messages
        var session = browser.cookie("JSESSIONID").orElseThrow();
        var request = HttpRequest.newBuilder(URI.create(url() + UIDL)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=UTF-8").header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[FIVE_MB]))).build();

        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException refusedMidBody) {
            status = -1; // the server closed the connection on the body: refused as well
        }

        System.out.println("[measure] 5 MB chunked UI message answered with " + status);
        assertThat(status).isNotEqualTo(200).isNotEqualTo(500);
    }

    @Test
    void a_small_sign_in_form_still_works() {
        var browser = new WebClient(url());

        var signIn = browser.signIn("ada@example.com", Fixtures.PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(signIn)).doesNotContain("login");
    }

    private static String readLine(InputStream in) throws IOException {
        var line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private String url() {
        return "http://localhost:" + port;
    }
}
