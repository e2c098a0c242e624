package app.helmsman.calendar.internal;

import app.helmsman.calendar.CalendarProvider;
import app.helmsman.calendar.internal.spi.SyncFailure;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.RequestOption;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;

/**
 * Microsoft Graph through Microsoft's SDK ({@code microsoft-graph} 6.x) with a connection's token, at the configured
 * base URL (tests: WireMock). The token is sent only to that host ({@link AllowedHostsValidator}), so a delta link
 * pointing elsewhere never gets it. The SDK's own retry handler is off: Retry-After is the sync job's business
 * (RATE_LIMITED), not a sleeping thread's. A 401 refreshes the token and retries once.
 */
@Component
class GraphApi {

    static final String DEFAULT_BASE = "https://graph.microsoft.com";

    private final CalendarProviderSettings settings;
    private final ProviderTokens tokens;
    private final Clock clock;
    private final okhttp3.OkHttpClient http;

    GraphApi(CalendarProviderSettings settings, ProviderTokens tokens, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.clock = clock;
        var timeout = settings.httpTimeout().toMillis();
        this.http = GraphClientFactory.create(new RequestOption[] {new RetryHandlerOption((delay, count, request, response) -> false, 0, 0)})
                .connectTimeout(timeout, TimeUnit.MILLISECONDS).readTimeout(timeout, TimeUnit.MILLISECONDS).build();
    }

    @FunctionalInterface
    interface Call<T> {
        T on(GraphServiceClient graph);
    }

    /** Graph answered 410 Gone to a delta link: it expired, a full sync is needed. */
    static final class DeltaGone extends Exception {
        DeltaGone(Throwable cause) {
            super(cause);
        }
    }

    <T> T call(UUID connectionId, Call<T> call) throws SyncFailure, DeltaGone {
        var token = tokens.accessToken(connectionId);
        try {
            return call.on(client(token));
        } catch (ApiException e) {
            if (e.getResponseStatusCode() != 401) {
                throw map(e);
            }
        } catch (RuntimeException e) {
            throw unreachable(e);
        }
        var fresh = tokens.refreshAfterRejection(connectionId, token);
        try {
            return call.on(client(fresh));
        } catch (ApiException e) {
            if (e.getResponseStatusCode() == 401) {
                throw new SyncFailure(SyncFailure.Kind.TEMPORARY, "Outlook refused Helmsman's fresh access. Helmsman tries again later.", null, e);
            }
            throw map(e);
        } catch (RuntimeException e) {
            throw unreachable(e);
        }
    }

    <T> T plainCall(UUID connectionId, Call<T> call) throws SyncFailure {
        try {
            return call(connectionId, call);
        } catch (DeltaGone e) {
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, "Outlook says this calendar or event is gone.", null, e);
        }
    }

    GraphServiceClient client(String accessToken) {
        var base = URI.create(baseUrl());
        var hosts = new AllowedHostsValidator(base.getHost());
        var provider = new BaseBearerTokenAuthenticationProvider(new AccessTokenProvider() {
            @Override
            public String getAuthorizationToken(URI uri, Map<String, Object> context) {
                return hosts.isUrlHostValid(uri) ? accessToken : "";
            }

            @Override
            public AllowedHostsValidator getAllowedHostsValidator() {
                return hosts;
            }
        });
        var client = new GraphServiceClient(provider, http);
        client.getRequestAdapter().setBaseUrl(baseUrl() + "/v1.0");
        return client;
    }

    /** True when a link the service gave (next page, delta) is on the configured Graph host. */
    boolean onGraph(String link) {
        try {
            var uri = URI.create(link);
            var base = URI.create(baseUrl());
            return base.getHost().equalsIgnoreCase(uri.getHost()) && base.getScheme().equalsIgnoreCase(uri.getScheme()) && base.getPort() == uri.getPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String baseUrl() {
        var base = settings.microsoft().apiBaseUrl();
        base = base == null || base.isBlank() ? DEFAULT_BASE : base;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private SyncFailure map(ApiException e) throws DeltaGone {
        var status = e.getResponseStatusCode();
        if (status == 410) {
            throw new DeltaGone(e);
        }
        if (status == 404) {
            return new SyncFailure(SyncFailure.Kind.PERMANENT, "Outlook cannot find this calendar any more.", null, e);
        }
        if (status == 403) {
            return new SyncFailure(SyncFailure.Kind.PERMANENT, "Outlook does not let Helmsman read this calendar.", null, e);
        }
        String retryAfter = null;
        if (e.getResponseHeaders() != null && e.getResponseHeaders().get("Retry-After") != null) {
            retryAfter = e.getResponseHeaders().get("Retry-After").stream().findFirst().orElse(null);
        }
        return OAuthClient.failure(CalendarProvider.OUTLOOK, HttpStatusCode.valueOf(status <= 0 ? 500 : status), clock, retryAfter, e);
    }

    private static SyncFailure unreachable(RuntimeException e) {
        return new SyncFailure(SyncFailure.Kind.TEMPORARY, "Outlook could not be reached. Helmsman tries again later.", null, e);
    }
}
