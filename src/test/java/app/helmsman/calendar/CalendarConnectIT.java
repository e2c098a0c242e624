package app.helmsman.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.WebClient;
import app.helmsman.accounts.AccountService;
import app.helmsman.calendar.internal.OAuthClient;
import app.helmsman.calendar.internal.ProviderTokens;
import app.helmsman.calendar.internal.TokenCipher;
import app.helmsman.calendar.internal.TokenReencryption;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Connecting Google Calendar and Outlook end to end over HTTP (the browser's side, without JavaScript) against a
 * real OAuth2 server: consent with calendar scopes, offline access, state and PKCE; the code exchange for the
 * signed-in person (a password account); tokens encrypted at rest; refresh; disconnect with revocation; account
 * deletion; key rotation.
 */
class CalendarConnectIT extends CalendarProviderTest {

    @Autowired
    CalendarConnectionService service;
    @Autowired
    ProviderTokens tokens;
    @Autowired
    TokenReencryption reencryption;
    @Autowired
    AccountService accounts;
    @Autowired
    OAuthClient oauth;

    @Test
    void connect_asks_google_for_calendar_scopes_with_offline_access_state_and_pkce() {
        var browser = signedInBrowser("ada@example.com");

        var toProvider = browser.get("/calendar/connect/google");

        assertThat(toProvider.statusCode()).isEqualTo(302);
        var query = UriComponentsBuilder.fromUri(URI.create(WebClient.location(toProvider))).build().getQueryParams();
        assertThat(WebClient.location(toProvider)).startsWith(idp.authorizationEndpointUrl("google").toString());
        assertThat(decoded(query.getFirst("scope"))).contains("https://www.googleapis.com/auth/calendar.events",
                "https://www.googleapis.com/auth/calendar.readonly");
        assertThat(query.getFirst("access_type")).isEqualTo("offline");
        assertThat(query.getFirst("prompt")).isEqualTo("consent");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("code_challenge")).hasSize(43);
        assertThat(query.getFirst("state")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(decoded(query.getFirst("redirect_uri"))).isEqualTo("http://localhost:" + port + "/calendar/oauth/google/callback");
    }

    @Test
    void connect_asks_microsoft_for_offline_access_and_calendars_read_write() {
        var browser = signedInBrowser("ada@example.com");

        var location = WebClient.location(browser.get("/calendar/connect/outlook"));

        assertThat(location).startsWith(idp.authorizationEndpointUrl("microsoft").toString());
        var scope = decoded(UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams().getFirst("scope"));
        assertThat(scope.split(" ")).contains("offline_access", "Calendars.ReadWrite");
    }

    @Test
    void a_password_account_connects_google_calendar_for_itself_without_a_new_sign_in() {
        var ada = fixtures.user("ada@example.com");
        var browser = new WebClient("http://localhost:" + port);
        browser.signIn("ada@example.com", Fixtures.PASSWORD);
        var session = browser.cookie("JSESSIONID");

        var landing = connect(browser, CalendarProvider.GOOGLE, "ada.lovelace@gmail.example");

        assertThat(landing).endsWith("/calendar-connections?connected=google");
        assertThat(jdbc.queryForObject("select owner_id from calendar_connections", UUID.class)).isEqualTo(ada);
        assertThat(jdbc.queryForObject("select account_email from calendar_connections", String.class)).isEqualTo("ada.lovelace@gmail.example");
        assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).as("no account was created").isEqualTo(1);
        assertThat(browser.cookie("JSESSIONID")).as("still the same sign-in").isEqualTo(session);
        assertThat(browser.get("/calendar-connections").statusCode()).isEqualTo(200);
        api.verify(getRequestedFor(urlPathEqualTo("/calendar/v3/users/me/calendarList")));
        fixtures.signIn("ada@example.com");
        assertThat(service.connections()).singleElement().satisfies(c -> {
            assertThat(c.provider()).isEqualTo(CalendarProvider.GOOGLE);
            assertThat(c.state()).isEqualTo(ConnectionState.CONNECTED);
        });
    }

    @Test
    void the_tokens_are_stored_encrypted_and_no_token_is_in_clear_in_the_row() {
        var id = connected("ada@example.com", CalendarProvider.GOOGLE);
        var entity = connections.findById(id).orElseThrow();
        var access = cipher.decrypt(entity.getAccessToken());
        var refresh = cipher.decrypt(entity.getRefreshToken());

        var raw = jdbc.queryForObject("select row_to_json(c)::text from calendar_connections c where id = ?", String.class, id);

        assertThat(access).isNotBlank();
        assertThat(refresh).isNotBlank();
        assertThat(raw).doesNotContain(access).doesNotContain(refresh).doesNotContain(access.substring(0, 20));
        assertThat(jdbc.queryForObject("select access_token from calendar_connections where id = ?", String.class, id))
                .startsWith("v1:" + cipher.currentKeyId() + ":");
        assertThat(jdbc.queryForObject("select refresh_token from calendar_connections where id = ?", String.class, id))
                .startsWith("v1:" + cipher.currentKeyId() + ":");
    }

    @Test
    void outlook_connects_the_same_way_and_lists_its_calendars_through_graph() {
        var landing = connect(signedInBrowser("ada@example.com"), CalendarProvider.OUTLOOK, "ada@outlook.example");

        assertThat(landing).endsWith("connected=outlook");
        assertThat(jdbc.queryForObject("select provider from calendar_connections", String.class)).isEqualTo("OUTLOOK");
        api.verify(getRequestedFor(urlPathEqualTo("/v1.0/me/calendars")));
    }

    @Test
    void a_callback_with_a_state_this_session_did_not_start_connects_nothing() {
        var browser = signedInBrowser("ada@example.com");
        browser.get("/calendar/connect/google");

        var answer = browser.get("/calendar/oauth/google/callback?code=stolen&state=forged");

        assertThat(WebClient.location(answer)).endsWith("/calendar-connections?error=state");
        assertThat(jdbc.queryForObject("select count(*) from calendar_connections", Integer.class)).isZero();
    }

    @Test
    void a_refused_consent_connects_nothing_and_says_so() {
        var browser = signedInBrowser("ada@example.com");
        var location = WebClient.location(browser.get("/calendar/connect/google"));
        var state = UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams().getFirst("state");

        var answer = browser.get("/calendar/oauth/google/callback?error=access_denied&state=" + state);

        assertThat(WebClient.location(answer)).endsWith("error=denied");
        assertThat(jdbc.queryForObject("select count(*) from calendar_connections", Integer.class)).isZero();
    }

    @Test
    void someone_signed_out_is_sent_to_sign_in_instead_of_connecting() {
        var answer = new WebClient("http://localhost:" + port).get("/calendar/connect/google");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(answer)).endsWith("/login");
    }

    @Test
    void an_expired_access_token_is_refreshed_with_the_refresh_token_and_stored_encrypted_again() throws Exception {
        var id = connected("ada@example.com", CalendarProvider.GOOGLE);
        var before = cipher.decrypt(connections.findById(id).orElseThrow().getAccessToken());
        clock.set(clock.instant().plusSeconds(3600));

        var fresh = tokens.accessToken(id);

        assertThat(fresh).isNotEqualTo(before);
        var stored = connections.findById(id).orElseThrow();
        assertThat(cipher.decrypt(stored.getAccessToken())).isEqualTo(fresh);
        assertThat(stored.getExpiresAt()).isAfter(clock.instant());
    }

    @Test
    void disconnecting_google_revokes_the_grant_and_deletes_the_tokens() throws Exception {
        var id = connected("ada@example.com", CalendarProvider.GOOGLE);
        var refreshToken = cipher.decrypt(connections.findById(id).orElseThrow().getRefreshToken());
        fixtures.signIn("ada@example.com");

        var revoked = service.disconnect(id);

        assertThat(revoked).as("Google's revocation endpoint accepted it").isTrue();
        assertThatThrownBy(() -> oauth.refresh(CalendarProvider.GOOGLE, refreshToken)).as("the grant is gone at the provider")
                .isInstanceOf(OAuthClient.GrantRevokedException.class);
        assertThat(jdbc.queryForObject("select count(*) from calendar_connections", Integer.class)).isZero();
        assertThat(service.connections()).isEmpty();
    }

    @Test
    void disconnecting_outlook_deletes_the_tokens_and_says_microsoft_cannot_revoke() {
        var id = connected("ada@example.com", CalendarProvider.OUTLOOK);
        fixtures.signIn("ada@example.com");
        assertThat(service.connections().getFirst().revocable()).isFalse();

        var revoked = service.disconnect(id);

        assertThat(revoked).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from calendar_connections", Integer.class)).isZero();
    }

    @Test
    void nobody_disconnects_someone_elses_connection() {
        var id = connected("ada@example.com", CalendarProvider.GOOGLE);
        fixtures.user("mallory@example.com");
        fixtures.signIn("mallory@example.com");

        assertThatThrownBy(() -> service.disconnect(id)).isInstanceOf(CalendarConnectionNotFoundException.class);
        assertThat(service.connections()).isEmpty();
        assertThat(connections.findById(id)).isPresent();
    }

    @Test
    void deleting_the_account_deletes_its_connections() {
        connected("ada@example.com", CalendarProvider.GOOGLE);
        connected("bob@example.com", CalendarProvider.OUTLOOK);
        fixtures.signIn("ada@example.com");

        accounts.deleteAccount(Fixtures.PASSWORD);

        assertThat(jdbc.queryForList("select account_email from calendar_connections", String.class)).containsExactly("bob.cal@example.com");
    }

    @Test
    void after_a_key_rotation_old_rows_still_decrypt_and_the_reencryption_moves_them_to_the_new_key() throws Exception {
        var id = connected("ada@example.com", CalendarProvider.GOOGLE);
        var plainAccess = cipher.decrypt(connections.findById(id).orElseThrow().getAccessToken());
        var plainRefresh = cipher.decrypt(connections.findById(id).orElseThrow().getRefreshToken());
        var old = new TokenCipher(OLD_KEY, List.of());
        jdbc.update("update calendar_connections set access_token = ?, refresh_token = ? where id = ?", old.encrypt(plainAccess),
                old.encrypt(plainRefresh), id);
        assertThat(TokenCipher.keyIdOf(jdbc.queryForObject("select access_token from calendar_connections", String.class)))
                .isEqualTo(old.currentKeyId()).isNotEqualTo(cipher.currentKeyId());

        assertThat(tokens.accessToken(id)).as("a row under the old key still works").isEqualTo(plainAccess);
        var round = reencryption.run();

        assertThat(round.changed()).isEqualTo(1);
        var access = jdbc.queryForObject("select access_token from calendar_connections", String.class);
        var refresh = jdbc.queryForObject("select refresh_token from calendar_connections", String.class);
        assertThat(TokenCipher.keyIdOf(access)).isEqualTo(cipher.currentKeyId());
        assertThat(TokenCipher.keyIdOf(refresh)).isEqualTo(cipher.currentKeyId());
        assertThat(new TokenCipher(NEW_KEY, List.of()).decrypt(access)).as("the new key alone reads it now").isEqualTo(plainAccess);
        assertThat(reencryption.run().changed()).as("nothing left under the old key").isZero();
    }

    private static String decoded(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
