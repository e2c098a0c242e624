package app.helmsman.accounts;

import static app.helmsman.WebClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.WebClient;
import app.helmsman.accounts.internal.DeviceScopedRememberMeServices;
import app.helmsman.accounts.internal.UserRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Google and Microsoft sign-in end to end: the real Spring Security OAuth2 client against a real OpenID
 * provider (mock-oauth2-server) on loopback, with the authorization-code flow, id-token signature,
 * nonce and issuer checks, account creation, linking by verified email, and refusal of unverified ones.
 */
@IntegrationTest
class ProviderLoginIT {

    static final MockOAuth2Server idp = new MockOAuth2Server();
    static final String TENANT = "3f1c2a9e-0000-4000-8000-00000000a11e";

    static {
        idp.start(0);
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry properties) {
        properties.add("helmsman.accounts.google.client-id", () -> "helmsman-google");
        properties.add("helmsman.accounts.google.client-secret", () -> "test-secret");
        properties.add("helmsman.accounts.google.authorization-uri", () -> idp.authorizationEndpointUrl("google").toString());
        properties.add("helmsman.accounts.google.token-uri", () -> idp.tokenEndpointUrl("google").toString());
        properties.add("helmsman.accounts.google.jwk-set-uri", () -> idp.jwksUrl("google").toString());
        properties.add("helmsman.accounts.google.issuer-uri", () -> idp.issuerUrl("google").toString());
        properties.add("helmsman.accounts.microsoft.client-id", () -> "helmsman-microsoft");
        properties.add("helmsman.accounts.microsoft.client-secret", () -> "test-secret");
        properties.add("helmsman.accounts.microsoft.authorization-uri", () -> idp.authorizationEndpointUrl(TENANT).toString());
        properties.add("helmsman.accounts.microsoft.token-uri", () -> idp.tokenEndpointUrl(TENANT).toString());
        properties.add("helmsman.accounts.microsoft.jwk-set-uri", () -> idp.jwksUrl(TENANT).toString());
        // Multi-tenant: the issuer must be the token's own tenant's issuer, as with login.microsoftonline.com/{tid}/v2.0
        properties.add("helmsman.accounts.microsoft.issuer-uri", () -> idp.baseUrl().toString() + "{tid}");
    }

    @AfterAll
    static void stopProvider() {
        idp.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    WebClient browser;

    @BeforeEach
    void clean() {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        browser = new WebClient("http://localhost:" + port);
    }

    @Test
    void the_sign_in_page_offers_both_configured_providers() {
        var page = browser.get("/oauth2/authorization/google");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(location(page)).startsWith(idp.authorizationEndpointUrl("google").toString()).contains("nonce=").contains("state=");
        assertThat(location(browser.get("/oauth2/authorization/microsoft"))).startsWith(idp.authorizationEndpointUrl(TENANT).toString());
    }

    @Test
    void a_provider_that_is_not_configured_sends_people_to_sign_in_instead_of_failing() {
        var page = browser.get("/oauth2/authorization/github");

        assertThat(page.statusCode()).as("no server error for an unknown provider").isEqualTo(302);
        assertThat(location(page)).endsWith("/login");
    }

    @Test
    void a_new_google_user_with_a_verified_email_gets_an_account_and_a_persistent_login() {
        var landing = signInWith("google", "google", "g-sub-1", Map.of("email", "grace@example.com", "email_verified", true, "name", "Grace H"));

        assertThat(landing.statusCode()).isEqualTo(302);
        assertThat(location(landing)).doesNotContain("/login");
        var user = users.findByEmail("grace@example.com").orElseThrow();
        assertThat(user.getDisplayName()).isEqualTo("Grace H");
        assertThat(user.getPasswordHash()).isNull();
        assertThat(user.getRoles()).containsExactly(Role.USER);
        assertThat(browser.cookie(DeviceScopedRememberMeServices.COOKIE_NAME)).isPresent();
        browser.dropCookie("JSESSIONID");
        assertThat(browser.get("/").statusCode()).as("persistent login after the session is gone").isEqualTo(200);
    }

    @Test
    void a_verified_email_links_the_provider_to_the_existing_account() {
        var existing = fixtures.user("ada@example.com");

        signInWith("google", "google", "g-sub-ada", Map.of("email", "Ada@Example.com", "email_verified", true));

        assertThat(users.count()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select user_id from user_identities where provider = 'google' and subject = 'g-sub-ada'",
                java.util.UUID.class)).isEqualTo(existing);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void a_known_identity_signs_in_to_its_account_even_after_the_email_changed_at_the_provider() {
        var existing = fixtures.user("ada@example.com");
        signInWith("google", "google", "g-sub-ada", Map.of("email", "ada@example.com", "email_verified", true));
        var again = new WebClient(browser.baseUrl());
        browser = again;

        signInWith("google", "google", "g-sub-ada", Map.of("email", "ada.new@example.com", "email_verified", true));

        assertThat(again.get("/").statusCode()).isEqualTo(200);
        assertThat(users.findByEmail("ada.new@example.com")).isEmpty();
        assertThat(users.findById(existing)).isPresent();
    }

    @Test
    void an_unverified_email_is_refused_and_links_nothing() {
        fixtures.user("ada@example.com");

        var landing = signInWith("google", "google", "attacker", Map.of("email", "ada@example.com", "email_verified", false));

        assertThat(location(landing)).endsWith("/login?error");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from user_identities", Integer.class)).isZero();
        assertThat(browser.cookie(DeviceScopedRememberMeServices.COOKIE_NAME)).isEmpty();
    }

    @Test
    void a_microsoft_work_account_signs_in_when_its_issuer_matches_its_tenant() {
        var landing = signInWith("microsoft", TENANT, "ms-oid-1",
                Map.of("email", "linus@contoso.example", "xms_edov", true, "tid", TENANT, "name", "Linus"));

        assertThat(location(landing)).doesNotContain("/login");
        assertThat(jdbc.queryForObject("select tenant from user_identities where provider = 'microsoft'", String.class)).isEqualTo(TENANT);
    }

    @Test
    void a_microsoft_token_whose_issuer_is_not_its_tenants_is_refused() {
        var landing = signInWith("microsoft", TENANT, "ms-oid-2",
                Map.of("email", "mallory@contoso.example", "xms_edov", true, "tid", "another-tenant"));

        assertThat(location(landing)).endsWith("/login?error");
        assertThat(users.findByEmail("mallory@contoso.example")).isEmpty();
    }

    @Test
    void a_microsoft_account_without_a_verified_email_is_refused() {
        var landing = signInWith("microsoft", TENANT, "ms-oid-3", Map.of("email", "someone@contoso.example", "tid", TENANT));

        assertThat(location(landing)).endsWith("/login?error");
        assertThat(users.findByEmail("someone@contoso.example")).isEmpty();
    }

    /** Runs the authorization-code flow in the client; returns the app's answer to the provider's callback. */
    private java.net.http.HttpResponse<String> signInWith(String registration, String issuerId, String subject, Map<String, Object> claims) {
        var clientId = "google".equals(registration) ? "helmsman-google" : "helmsman-microsoft";
        idp.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(clientId), new HashMap<>(claims), 3600));
        var toProvider = browser.get("/oauth2/authorization/" + registration);
        var providerAnswer = browser.get(location(toProvider));
        assertThat(providerAnswer.statusCode()).as("the provider redirects back with a code").isEqualTo(302);
        return browser.get(location(providerAnswer));
    }
}
