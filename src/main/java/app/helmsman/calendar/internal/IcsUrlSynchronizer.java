package app.helmsman.calendar.internal;

import app.helmsman.accounts.UserTimeZones;
import app.helmsman.calendar.CalendarSettings;
import app.helmsman.calendar.internal.ics.IcsException;
import app.helmsman.calendar.internal.ics.IcsReader;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SourceSynchronizer;
import app.helmsman.calendar.internal.spi.SyncBatch;
import app.helmsman.calendar.internal.spi.SyncFailure;
import app.helmsman.calendar.internal.spi.SyncRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Fetches subscribed ICS URLs (kind ICS_URL): http(s) only, never private or loopback addresses (checked again on
 * every redirect), within the size and time limits; the ETag is the cursor, so an unchanged calendar costs a 304.
 * Every answer is a full set of the window's events.
 */
@Component
class IcsUrlSynchronizer implements SourceSynchronizer {

    private static final int MAX_REDIRECTS = 3;

    private final CalendarSettings settings;
    private final UserTimeZones zones;
    private final SafeAddresses addresses;
    private final HttpClient client;

    IcsUrlSynchronizer(CalendarSettings settings, UserTimeZones zones, SafeAddresses addresses) {
        this.settings = settings;
        this.zones = zones;
        this.addresses = addresses;
        this.client = HttpClient.newBuilder().connectTimeout(settings.fetchTimeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public boolean handles(SourceKind kind) {
        return kind == SourceKind.ICS_URL;
    }

    @Override
    public SyncBatch fetch(SyncRequest request) throws SyncFailure {
        var uri = URI.create(request.externalCalendarId());
        for (int redirects = 0; ; redirects++) {
            try {
                addresses.check(uri);
            } catch (IllegalArgumentException e) {
                throw new SyncFailure(SyncFailure.Kind.PERMANENT, e.getMessage(), null, null);
            }
            var builder = HttpRequest.newBuilder(uri).timeout(settings.fetchTimeout()).header("Accept", "text/calendar, */*;q=0.5")
                    .header("User-Agent", "Helmsman calendar subscription").GET();
            if (request.cursor() != null && request.cursor().startsWith("etag:")) {
                builder.header("If-None-Match", request.cursor().substring(5));
            }
            HttpResponse<java.io.InputStream> response;
            try {
                response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw new SyncFailure(SyncFailure.Kind.TEMPORARY, "The calendar's server did not answer in time.", null, e);
            } catch (IOException e) {
                throw new SyncFailure(SyncFailure.Kind.TEMPORARY, "The calendar's server could not be reached.", null, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncFailure(SyncFailure.Kind.TEMPORARY, "The sync was interrupted.", null, e);
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                var location = response.headers().firstValue("Location");
                if (location.isEmpty() || redirects >= MAX_REDIRECTS) {
                    throw new SyncFailure(SyncFailure.Kind.PERMANENT, "The calendar's address redirects too often.", null, null);
                }
                uri = uri.resolve(location.get());
                continue;
            }
            return answer(request, response, status);
        }
    }

    private SyncBatch answer(SyncRequest request, HttpResponse<java.io.InputStream> response, int status) throws SyncFailure {
        if (status == 304) {
            close(response);
            return new SyncBatch(false, List.of(), List.of(), request.cursor());
        }
        if (status == 429 || status == 503) {
            close(response);
            throw new SyncFailure(SyncFailure.Kind.RATE_LIMITED, "The calendar's server asked Helmsman to wait before trying again.",
                    retryAfter(response), null);
        }
        if (status == 401 || status == 403) {
            close(response);
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, "The calendar's server refused access (" + status + "). Check the address.", null, null);
        }
        if (status == 404 || status == 410) {
            close(response);
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, "The calendar is not at this address any more (" + status + ").", null, null);
        }
        if (status >= 500) {
            close(response);
            throw new SyncFailure(SyncFailure.Kind.TEMPORARY, "The calendar's server had a problem (" + status + "); Helmsman tries again later.", null, null);
        }
        if (status != 200) {
            close(response);
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, "The calendar's server answered " + status + " instead of a calendar.", null, null);
        }
        var length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (length > settings.maxIcsBytes()) {
            close(response);
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, "The calendar is larger than " + settings.maxIcsBytes() / (1024 * 1024) + " MB.", null, null);
        }
        try (var body = response.body()) {
            var events = new IcsReader(settings.maxIcsBytes(), settings.maxOccurrences())
                    .read(body, zones.zoneOf(request.userId()), request.windowStart(), request.windowEnd());
            var etag = response.headers().firstValue("ETag").map(tag -> "etag:" + tag).orElse(null);
            return new SyncBatch(true, events, List.of(), etag != null && etag.length() < 500 ? etag : null);
        } catch (IcsException e) {
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, e.getMessage(), null, e);
        } catch (IOException e) {
            throw new SyncFailure(SyncFailure.Kind.TEMPORARY, "The calendar could not be read completely.", null, e);
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return java.util.Optional.of(Duration.ofSeconds(Math.max(1, Math.min(Long.parseLong(value.strip()), 86_400))));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }).orElse(null);
    }

    private static void close(HttpResponse<java.io.InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing to release
        }
    }
}
