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
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.stereotype.Component;

/**
 * Fetches subscribed ICS URLs (kind ICS_URL): http(s) only, never private or loopback addresses (checked again on
 * every redirect), within the size and time limits; the ETag is the cursor, so an unchanged calendar costs a 304.
 * Every answer is a full set of the window's events. The client's DNS is {@link SafeAddresses#resolve(String)}: it
 * connects only to addresses that were checked, so a name re-bound after the check cannot reach a private address.
 */
@Component
class IcsUrlSynchronizer implements SourceSynchronizer {

    private static final int MAX_REDIRECTS = 3;

    private final CalendarSettings settings;
    private final UserTimeZones zones;
    private final SafeAddresses addresses;
    private final OkHttpClient client;

    IcsUrlSynchronizer(CalendarSettings settings, UserTimeZones zones, SafeAddresses addresses) {
        this.settings = settings;
        this.zones = zones;
        this.addresses = addresses;
        this.client = new OkHttpClient.Builder()
                .dns(host -> {
                    try {
                        return addresses.resolve(host);
                    } catch (IllegalArgumentException refused) {
                        throw new RefusedAddress(refused.getMessage());
                    }
                })
                .proxy(Proxy.NO_PROXY) // a proxy would resolve the name itself
                .followRedirects(false).followSslRedirects(false)
                .connectTimeout(settings.fetchTimeout()).readTimeout(settings.fetchTimeout()).callTimeout(settings.fetchTimeout())
                .protocols(List.of(Protocol.HTTP_1_1))
                .build();
    }

    /** The checked resolution refused the name (its message is for the person). */
    static final class RefusedAddress extends UnknownHostException {
        RefusedAddress(String message) {
            super(message);
        }
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
            var builder = new Request.Builder().url(uri.toString()).header("Accept", "text/calendar, */*;q=0.5")
                    .header("User-Agent", "Helmsman calendar subscription").get();
            if (request.cursor() != null && request.cursor().startsWith("etag:")) {
                builder.header("If-None-Match", request.cursor().substring(5));
            }
            try (var response = client.newCall(builder.build()).execute()) {
                int status = response.code();
                if (status >= 300 && status < 400 && status != 304) {
                    var location = response.header("Location");
                    if (location == null || redirects >= MAX_REDIRECTS) {
                        throw new SyncFailure(SyncFailure.Kind.PERMANENT, "The calendar's address redirects too often.", null, null);
                    }
                    uri = uri.resolve(location);
                    continue;
                }
                return answer(request, response, status);
            } catch (IOException e) {
                var refused = refused(e);
                if (refused != null) {
                    throw new SyncFailure(SyncFailure.Kind.PERMANENT, refused.getMessage(), null, null);
                }
                if (e instanceof InterruptedIOException) {
                    throw new SyncFailure(SyncFailure.Kind.TEMPORARY, "The calendar's server did not answer in time.", null, e);
                }
                throw new SyncFailure(SyncFailure.Kind.TEMPORARY, "The calendar's server could not be reached.", null, e);
            }
        }
    }

    private static RefusedAddress refused(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedAddress refused) {
                return refused;
            }
            for (var suppressed : cause.getSuppressed()) {
                if (suppressed instanceof RefusedAddress refused) {
                    return refused;
                }
            }
        }
        return null;
    }

    private SyncBatch answer(SyncRequest request, Response response, int status) throws SyncFailure {
        if (status == 304) {
            return new SyncBatch(false, List.of(), List.of(), request.cursor());
        }
        if (status == 429 || status == 503) {
            throw new SyncFailure(SyncFailure.Kind.RATE_LIMITED, "The calendar's server asked Helmsman to wait before trying again.",
                    retryAfter(response), null);
        }
        if (status == 401 || status == 403) {
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, "The calendar's server refused access (" + status + "). Check the address.", null, null);
        }
        if (status == 404 || status == 410) {
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, "The calendar is not at this address any more (" + status + ").", null, null);
        }
        if (status >= 500) {
            throw new SyncFailure(SyncFailure.Kind.TEMPORARY, "The calendar's server had a problem (" + status + "); Helmsman tries again later.", null, null);
        }
        if (status != 200) {
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, "The calendar's server answered " + status + " instead of a calendar.", null, null);
        }
        var length = response.body().contentLength();
        if (length > settings.maxIcsBytes()) {
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, "The calendar is larger than " + settings.maxIcsBytes() / (1024 * 1024) + " MB.", null, null);
        }
        try (var body = response.body().byteStream()) {
            var events = new IcsReader(settings.maxIcsBytes(), settings.maxOccurrences())
                    .read(body, zones.zoneOf(request.userId()), request.windowStart(), request.windowEnd());
            var etag = response.header("ETag") == null ? null : "etag:" + response.header("ETag");
            return new SyncBatch(true, events, List.of(), etag != null && etag.length() < 500 ? etag : null);
        } catch (IcsException e) {
            throw new SyncFailure(SyncFailure.Kind.PERMANENT, e.getMessage(), null, e);
        } catch (IOException e) {
            throw new SyncFailure(SyncFailure.Kind.TEMPORARY, "The calendar could not be read completely.", null, e);
        }
    }

    private static Duration retryAfter(Response response) {
        return java.util.Optional.ofNullable(response.header("Retry-After")).flatMap(value -> {
            try {
                return java.util.Optional.of(Duration.ofSeconds(Math.max(1, Math.min(Long.parseLong(value.strip()), 86_400))));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }).orElse(null);
    }
}
