package app.helmsman.calendar.internal;

import app.helmsman.calendar.CalendarProvider;
import app.helmsman.calendar.internal.spi.SyncFailure;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OAuth2 side of calendar connections, separate from sign-in (docs/adr/0017): the authorization request with
 * calendar scopes, offline access and PKCE, the code exchange, refresh, and (Google only) revocation, through
 * Spring's {@link RestClient} against the configured endpoints.
 */
@Component
public class OAuthClient {

    static final String GOOGLE_SCOPES = "openid email https://www.googleapis.com/auth/calendar.events https://www.googleapis.com/auth/calendar.readonly";
    static final String MICROSOFT_SCOPES = "openid email profile offline_access Calendars.ReadWrite";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CalendarProviderSettings settings;
    private final RestClient http;
    private final java.time.Clock clock;

    OAuthClient(CalendarProviderSettings settings, java.time.Clock clock) {
        this.settings = settings;
        this.clock = clock;
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(settings.httpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build());
        factory.setReadTimeout(settings.httpTimeout());
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    /** What the token endpoint answered. {@code refreshToken} is null when the provider kept the old one. */
    public record Tokens(String accessToken, String refreshToken, Duration expiresIn, String scope, String idToken) {

        /** The account's email from the id token (the token came straight from the provider over TLS: OIDC Core 3.1.3.7). */
        String email() {
            if (idToken == null) {
                return null;
            }
            var parts = idToken.split("\\.");
            if (parts.length < 2) {
                return null;
            }
            try {
                var claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
                for (var claim : new String[] {"email", "preferred_username", "upn", "sub"}) {
                    var value = claims.path(claim);
                    if (value.isString() && !value.asString().isBlank()) {
                        return value.asString();
                    }
                }
                return null;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** The provider refused the grant (invalid_grant): the person must connect again. */
    public static final class GrantRevokedException extends Exception {
        GrantRevokedException(String message) {
            super(message);
        }
    }

    public boolean configured(CalendarProvider provider) {
        return settingsOf(provider).enabled();
    }

    public String scopes(CalendarProvider provider) {
        return provider == CalendarProvider.GOOGLE ? GOOGLE_SCOPES : MICROSOFT_SCOPES;
    }

    /** The address the person's browser is sent to for consent. */
    public URI authorizationUri(CalendarProvider provider, String state, String codeChallenge, String redirectUri) {
        var p = settingsOf(provider);
        var uri = UriComponentsBuilder.fromUriString(p.authorizationUri())
                .queryParam("response_type", "code")
                .queryParam("client_id", p.clientId())
                .queryParam("redirect_uri", redirectUri)
                .queryParam("scope", scopes(provider))
                .queryParam("state", state)
                .queryParam("code_challenge", codeChallenge)
                .queryParam("code_challenge_method", "S256");
        if (provider == CalendarProvider.GOOGLE) {
            uri.queryParam("access_type", "offline").queryParam("prompt", "consent").queryParam("include_granted_scopes", "true");
        } else {
            uri.queryParam("prompt", "select_account");
        }
        return uri.encode().build().toUri();
    }

    public Tokens exchange(CalendarProvider provider, String code, String codeVerifier, String redirectUri) throws SyncFailure, GrantRevokedException {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", codeVerifier);
        return tokenRequest(provider, form);
    }

    public Tokens refresh(CalendarProvider provider, String refreshToken) throws SyncFailure, GrantRevokedException {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        if (provider == CalendarProvider.OUTLOOK) {
            form.put("scope", MICROSOFT_SCOPES);
        }
        return tokenRequest(provider, form);
    }

    /**
     * Withdraws the grant at the provider where that exists (Google's revocation endpoint); false where it does not
     * (Microsoft has no token revocation: the person removes the app at myaccount.microsoft.com) or it failed.
     */
    public boolean revoke(CalendarProvider provider, String token, boolean refreshToken) {
        var p = settingsOf(provider);
        if (provider != CalendarProvider.GOOGLE || token == null || p.revokeUri() == null || p.revokeUri().isBlank()) {
            return false;
        }
        try {
            var form = new LinkedMultiValueMap<String, String>();
            form.add("token", token);
            form.add("token_type_hint", refreshToken ? "refresh_token" : "access_token");
            http.post().uri(p.revokeUri()).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toBodilessEntity();
            return true;
        } catch (RestClientException e) {
            org.slf4j.LoggerFactory.getLogger(OAuthClient.class).info("{} did not confirm the revocation: {}", provider, e.getMessage());
            return false;
        }
    }

    private Tokens tokenRequest(CalendarProvider provider, Map<String, String> fields) throws SyncFailure, GrantRevokedException {
        var p = settingsOf(provider);
        var form = new LinkedMultiValueMap<String, String>();
        fields.forEach(form::add);
        form.add("client_id", p.clientId());
        form.add("client_secret", p.clientSecret());
        try {
            var body = http.post().uri(p.tokenUri()).contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.APPLICATION_JSON)
                    .body(form).retrieve().body(String.class);
            var json = JSON.readTree(body == null ? "{}" : body);
            var access = text(json, "access_token");
            if (access == null) {
                throw new SyncFailure(SyncFailure.Kind.TEMPORARY, provider.label() + " answered without an access token.", null, null);
            }
            var expiresIn = json.path("expires_in").isNumber() ? json.path("expires_in").asLong()
                    : json.path("expires_in").isString() ? Long.parseLong(json.path("expires_in").asString()) : 3600;
            return new Tokens(access, text(json, "refresh_token"), Duration.ofSeconds(expiresIn), text(json, "scope"), text(json, "id_token"));
        } catch (RestClientResponseException e) {
            var error = errorCode(e.getResponseBodyAsString());
            if ("invalid_grant".equals(error)) {
                throw new GrantRevokedException(provider.label() + " no longer accepts Helmsman's access. Connect again to continue.");
            }
            throw failure(provider, e.getStatusCode(), clock, e.getResponseHeaders() == null ? null : e.getResponseHeaders().getFirst("Retry-After"), e);
        } catch (RestClientException | tools.jackson.core.JacksonException | NumberFormatException e) {
            throw new SyncFailure(SyncFailure.Kind.TEMPORARY, provider.label() + " could not be reached. Helmsman tries again later.", null, e);
        }
    }

    static SyncFailure failure(CalendarProvider provider, HttpStatusCode status, java.time.Clock clock, String retryAfter, Throwable cause) {
        if (status.value() == 429 || status.value() == 503) {
            return new SyncFailure(SyncFailure.Kind.RATE_LIMITED, provider.label() + " asked Helmsman to slow down. It tries again later.",
                    RetryAfter.parse(retryAfter, clock), cause);
        }
        return new SyncFailure(SyncFailure.Kind.TEMPORARY, provider.label() + " answered with an error (" + status.value() + "). Helmsman tries again later.",
                null, cause);
    }

    private static String errorCode(String body) {
        try {
            return text(JSON.readTree(body == null || body.isBlank() ? "{}" : body), "error");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode json, String field) {
        var value = json.path(field);
        return value.isString() && !value.asString().isEmpty() ? value.asString() : null;
    }

    private CalendarProviderSettings.Provider settingsOf(CalendarProvider provider) {
        return provider == CalendarProvider.GOOGLE ? settings.google() : settings.microsoft();
    }
}
