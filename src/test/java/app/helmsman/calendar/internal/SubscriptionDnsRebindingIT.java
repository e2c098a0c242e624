package app.helmsman.calendar.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.IntegrationTest;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.calendar.CalendarSettings;
import app.helmsman.calendar.internal.spi.ExternalEvent;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SyncFailure;
import app.helmsman.calendar.internal.spi.SyncRequest;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A subscription connects only to the addresses its check approved: the HTTP client's DNS is the checked resolution.
 * A name that answers a public address to the check and a loopback one right after (DNS rebinding) is refused
 * without any request reaching the loopback server.
 */
@IntegrationTest
class SubscriptionDnsRebindingIT {

    static final String ICS = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//test//EN\r
            BEGIN:VEVENT\r
            UID:standup@example.test\r
            DTSTAMP:20261201T000000Z\r
            DTSTART:20261208T090000Z\r
            DTEND:20261208T093000Z\r
            SUMMARY:Standup\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    @Autowired
    UserTimeZones zones;

    final WireMockServer loopback = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    @BeforeEach
    void start() {
        loopback.start();
        loopback.stubFor(get(urlPathEqualTo("/team.ics")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/calendar")
                .withBody(ICS)));
    }

    @AfterEach
    void stop() {
        loopback.stop();
    }

    @Test
    void a_name_rebound_to_a_loopback_address_after_the_check_is_refused_and_never_reached() throws Exception {
        var lookups = new AtomicInteger();
        var publicAddress = InetAddress.getByAddress("calendar.example.test", new byte[] {93, (byte) 184, (byte) 216, 34});
        var rebound = InetAddress.getByAddress("calendar.example.test", new byte[] {127, 0, 0, 1});
        var synchronizer = synchronizer(false, host -> lookups.incrementAndGet() == 1 ? new InetAddress[] {publicAddress} : new InetAddress[] {rebound});

        assertThatThrownBy(() -> synchronizer.fetch(request("http://calendar.example.test:" + loopback.port() + "/team.ics")))
                .isInstanceOfSatisfying(SyncFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(SyncFailure.Kind.PERMANENT);
                    assertThat(failure.getMessage()).contains("private or local network");
                });
        assertThat(lookups).as("the check's and the connection's resolution").hasValueGreaterThanOrEqualTo(2);
        loopback.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void the_connection_goes_to_the_address_the_check_resolved() throws Exception {
        var checked = InetAddress.getByAddress("calendar.example.test", new byte[] {127, 0, 0, 1});
        var synchronizer = synchronizer(true, host -> {
            if (!host.equals("calendar.example.test")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {checked};
        });

        var batch = synchronizer.fetch(request("http://calendar.example.test:" + loopback.port() + "/team.ics"));

        assertThat(batch.upserts()).extracting(ExternalEvent::title).containsExactly("Standup");
    }

    private IcsUrlSynchronizer synchronizer(boolean allowLoopback, SafeAddresses.Resolver resolver) {
        var settings = new CalendarSettings(Duration.ofMinutes(5), Duration.ofSeconds(60), Duration.ofHours(6), 2_097_152, 5_000, Duration.ofSeconds(5),
                allowLoopback, 60, "");
        return new IcsUrlSynchronizer(settings, zones, new SafeAddresses(settings, resolver));
    }

    private static SyncRequest request(String url) {
        return new SyncRequest(UUID.randomUUID(), UUID.randomUUID(), null, SourceKind.ICS_URL, url, null, Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"));
    }
}
