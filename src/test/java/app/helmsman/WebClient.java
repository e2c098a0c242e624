package app.helmsman;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client for tests that talk to a running instance the way a browser does
 * (without JavaScript): redirects are returned, not followed, so tests can see where they lead.
 */
public final class WebClient {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String baseUrl;

    public WebClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Points the same browser (same cookies) at another instance. */
    public WebClient at(String otherBaseUrl) {
        this.baseUrl = otherBaseUrl;
        return this;
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form, String origin) {
        var body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    /** Signs in through the sign-in form as the browser would (same-origin POST). */
    public HttpResponse<String> signIn(String email, String password) {
        get("/login");
        return postForm("/login", Map.of("username", email, "password", password), baseUrl);
    }

    /** Follows redirects from a response (across hosts, e.g. to an identity provider and back). */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        var current = response;
        for (int i = 0; i < 10 && current.statusCode() / 100 == 3; i++) {
            var location = current.headers().firstValue("Location").orElseThrow();
            current = get(current.uri().resolve(location).toString());
        }
        return current;
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** Forgets a cookie, as when the pod that knew the session is gone and its session id means nothing. */
    public void dropCookie(String name) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
    }

    public String baseUrl() {
        return baseUrl;
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
