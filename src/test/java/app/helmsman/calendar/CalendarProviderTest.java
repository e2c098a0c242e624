package app.helmsman.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.TestClock;
import app.helmsman.WebClient;
import app.helmsman.calendar.internal.ConnectionRepository;
import app.helmsman.calendar.internal.TokenCipher;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The calendar providers' world, shared by every provider test (one Spring context): a real OAuth2 server
 * (mock-oauth2-server: consent, code exchange with PKCE, refresh with rotation, revocation) as Google's and
 * Microsoft's token side, and one WireMock on loopback playing Google Calendar's and Microsoft Graph's APIs, driven
 * by the real client libraries. Tokens are encrypted with {@link #NEW_KEY}; {@link #OLD_KEY} is a rotated-out key.
 */
abstract class CalendarProviderTest extends KaribuTest {

    static final String NEW_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String OLD_KEY = "paWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaU=";
    static final Instant WINDOW_START = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant WINDOW_END = Instant.parse("2027-01-01T00:00:00Z");

    static final MockOAuth2Server idp = new MockOAuth2Server();
    static final WireMockServer api = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    static {
        idp.start(0);
        api.start();
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry properties) {
        properties.add("helmsman.calendar.encryption-key", () -> NEW_KEY);
        properties.add("helmsman.calendar.encryption-old-keys", () -> OLD_KEY);
        properties.add("helmsman.calendar.http-timeout", () -> "5s");
        for (var provider : List.of("google", "microsoft")) {
            var prefix = "helmsman.calendar." + provider + ".";
            properties.add(prefix + "client-id", () -> "helmsman-calendar-" + provider);
            properties.add(prefix + "client-secret", () -> "test-secret");
            properties.add(prefix + "authorization-uri", () -> idp.authorizationEndpointUrl(provider).toString());
            properties.add(prefix + "token-uri", () -> idp.tokenEndpointUrl(provider).toString());
            properties.add(prefix + "revoke-uri", () -> "google".equals(provider) ? idp.revocationEndpointUrl(provider).toString() : "");
            properties.add(prefix + "api-base-url", () -> api.baseUrl());
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConnectionRepository connections;
    @Autowired
    TokenCipher cipher;
    @Autowired
    TestClock clock;

    @BeforeEach
    void resetStubs() {
        api.resetAll();
    }

    /** Signs in with a password in a cookie-keeping client, as a browser would. */
    WebClient signedInBrowser(String email) {
        fixtures.user(email);
        var browser = new WebClient("http://localhost:" + port);
        assertThat(browser.signIn(email, app.helmsman.Fixtures.PASSWORD).statusCode()).isEqualTo(302);
        return browser;
    }

    /**
     * The whole connect flow in the browser: Helmsman's connect address, the provider's consent (mock-oauth2-server
     * answers at once for the account with {@code providerEmail}), the callback; returns where Helmsman sent the
     * browser in the end. The provider's calendar list is stubbed with one primary calendar.
     */
    String connect(WebClient browser, CalendarProvider provider, String providerEmail) {
        stubCalendarList(provider);
        var toProvider = browser.get("/calendar/connect/" + provider.slug());
        assertThat(toProvider.statusCode()).as("sent to the provider").isEqualTo(302);
        var consentPage = browser.get(WebClient.location(toProvider));
        assertThat(consentPage.statusCode()).as("prompt=consent/select_account: the provider asks the person").isEqualTo(200);
        var consent = browser.postForm(WebClient.location(toProvider),
                Map.of("username", "sub-" + providerEmail, "claims", "{\"email\":\"" + providerEmail + "\"}"), null);
        assertThat(consent.statusCode()).as("the provider sends the browser back with a code").isEqualTo(302);
        var back = browser.get(WebClient.location(consent));
        assertThat(back.statusCode()).isEqualTo(302);
        return WebClient.location(back);
    }

    /** Connects and returns the new connection's id. */
    UUID connected(String email, CalendarProvider provider) {
        var browser = signedInBrowser(email);
        assertThat(connect(browser, provider, email.replace("@", ".cal@"))).contains("connected=" + provider.slug());
        return jdbc.queryForObject("select id from calendar_connections where provider = ? order by created_at desc limit 1", UUID.class,
                provider.name());
    }

    static void stubCalendarList(CalendarProvider provider) {
        if (provider == CalendarProvider.GOOGLE) {
            api.stubFor(get(urlPathEqualTo("/calendar/v3/users/me/calendarList")).willReturn(okJson("""
                    {"kind":"calendar#calendarList","items":[
                      {"id":"primary-cal@example.com","summary":"Ada","primary":true,"accessRole":"owner"},
                      {"id":"holidays@group.v.calendar.google.com","summary":"Holidays","accessRole":"reader"}]}""")));
        } else {
            api.stubFor(get(urlPathEqualTo("/v1.0/me/calendars")).willReturn(okJson("""
                    {"value":[{"id":"cal-1","name":"Calendar","isDefaultCalendar":true,"canEdit":true},
                              {"id":"cal-2","name":"Birthdays","isDefaultCalendar":false,"canEdit":false}]}""")));
        }
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status);
    }
}
