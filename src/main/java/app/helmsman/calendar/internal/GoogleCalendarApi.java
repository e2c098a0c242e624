package app.helmsman.calendar.internal;

import app.helmsman.calendar.CalendarProvider;
import app.helmsman.calendar.internal.spi.SyncFailure;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.calendar.Calendar;
import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;

/**
 * Google Calendar through Google's own client library ({@code google-api-services-calendar}) with a connection's
 * token, at the configured root URL (tests: WireMock). Every call goes through {@link #call}: a 401 refreshes the
 * token and retries once; 429/503 (and Google's 403 rate-limit reasons) become RATE_LIMITED with Retry-After.
 */
@Component
class GoogleCalendarApi {

    private final HttpTransport transport = new NetHttpTransport();
    private final CalendarProviderSettings settings;
    private final ProviderTokens tokens;
    private final Clock clock;

    GoogleCalendarApi(CalendarProviderSettings settings, ProviderTokens tokens, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.clock = clock;
    }

    @FunctionalInterface
    interface Call<T> {
        T on(Calendar calendar) throws IOException;
    }

    /** Google answered 410 Gone: the sync token expired, a full sync is needed. */
    static final class SyncTokenGone extends Exception {
        SyncTokenGone(Throwable cause) {
            super(cause);
        }
    }

    <T> T call(UUID connectionId, Call<T> call) throws SyncFailure, SyncTokenGone {
        var token = tokens.accessToken(connectionId);
        try {
            return call.on(client(token));
        } catch (HttpResponseException e) {
            if (e.getStatusCode() != 401) {
                throw map(e);
            }
        } catch (IOException e) {
            throw unreachable(e);
        }
        var fresh = tokens.refreshAfterRejection(connectionId, token);
        try {
            return call.on(client(fresh));
        } catch (HttpResponseException e) {
            if (e.getStatusCode() == 401) {
                throw new SyncFailure(SyncFailure.Kind.TEMPORARY, "Google Calendar refused Helmsman's fresh access. Helmsman tries again later.", null, e);
            }
            throw map(e);
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** {@link #call} for calls where 410 cannot mean an expired sync token. */
    <T> T plainCall(UUID connectionId, Call<T> call) throws SyncFailure {
        try {
            return call(connectionId, call);
        } catch (SyncTokenGone e) {
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, "Google Calendar says this calendar or event is gone.", null, e);
        }
    }

    /** A client that sends this access token (no OAuth machinery of Google's: Helmsman keeps the tokens). */
    Calendar client(String accessToken) {
        var timeout = Math.toIntExact(settings.httpTimeout().toMillis());
        return new Calendar.Builder(transport, GsonFactory.getDefaultInstance(), request -> {
            request.getHeaders().setAuthorization("Bearer " + accessToken);
            request.setConnectTimeout(timeout);
            request.setReadTimeout(timeout);
            request.setNumberOfRetries(0);
        }).setRootUrl(rootUrl()).setApplicationName("Helmsman").build();
    }

    private String rootUrl() {
        var base = settings.google().apiBaseUrl();
        if (base == null || base.isBlank()) {
            return Calendar.DEFAULT_ROOT_URL;
        }
        return base.endsWith("/") ? base : base + "/";
    }

    private SyncFailure map(HttpResponseException e) throws SyncTokenGone {
        var status = e.getStatusCode();
        if (status == 410) {
            throw new SyncTokenGone(e);
        }
        if (status == 403 && e instanceof GoogleJsonResponseException json && json.getDetails() != null && json.getDetails().getErrors() != null
                && json.getDetails().getErrors().stream().anyMatch(error -> String.valueOf(error.getReason()).contains("RateLimitExceeded")
                        || "rateLimitExceeded".equals(error.getReason()))) {
            status = 429;
        }
        if (status == 404) {
            return new SyncFailure(SyncFailure.Kind.PERMANENT, "Google Calendar cannot find this calendar any more.", null, e);
        }
        if (status == 403) {
            return new SyncFailure(SyncFailure.Kind.PERMANENT, "Google Calendar does not let Helmsman read this calendar.", null, e);
        }
        var retryAfter = e.getHeaders() == null ? null : e.getHeaders().getRetryAfter();
        return OAuthClient.failure(CalendarProvider.GOOGLE, HttpStatusCode.valueOf(status), clock, retryAfter, e);
    }

    private static SyncFailure unreachable(IOException e) {
        return new SyncFailure(SyncFailure.Kind.TEMPORARY, "Google Calendar could not be reached. Helmsman tries again later.", null, e);
    }
}
