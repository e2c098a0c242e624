package app.helmsman.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.calendar.internal.spi.ExternalEvent;
import app.helmsman.calendar.internal.spi.ExternalEvent.Availability;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SourceSynchronizer;
import app.helmsman.calendar.internal.spi.SyncBatch;
import app.helmsman.calendar.internal.spi.SyncFailure;
import app.helmsman.calendar.internal.spi.SyncRequest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Outlook sync through the real Microsoft Graph SDK against WireMock behaving like Graph: {@code calendarView/delta}
 * over the window, {@code @odata.nextLink} and {@code @odata.deltaLink} pointing back at the stub, removed items,
 * 410 for an expired delta link, 401 with refresh, 429 with Retry-After.
 */
class OutlookSyncIT extends CalendarProviderTest {

    static final String DELTA = "/v1.0/me/calendars/cal-1/calendarView/delta(\\(\\))?";

    @Autowired
    List<SourceSynchronizer> synchronizers;

    @Test
    void the_first_sync_follows_next_links_and_keeps_the_delta_link_of_the_last_page() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.OUTLOOK);
        api.stubFor(get(urlPathMatching(DELTA)).withQueryParam("startDateTime", equalTo("2026-12-01T00:00:00Z"))
                .withQueryParam("endDateTime", equalTo("2027-01-01T00:00:00Z")).willReturn(okJson("""
                {"@odata.nextLink":"%s/v1.0/me/calendars/cal-1/calendarView/delta?$skiptoken=page-2","value":[
                  {"id":"weekly-occurrence-1","subject":"Weekly sync","type":"occurrence","isAllDay":false,"isCancelled":false,"showAs":"busy",
                   "start":{"dateTime":"2026-12-08T09:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-12-08T10:00:00.0000000","timeZone":"UTC"},
                   "responseStatus":{"response":"accepted"}},
                  {"id":"conference","subject":"Conference","isAllDay":true,"showAs":"free",
                   "start":{"dateTime":"2026-12-14T00:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-12-16T00:00:00.0000000","timeZone":"UTC"}}]}"""
                .formatted(api.baseUrl()))));
        api.stubFor(get(urlPathMatching(DELTA)).withQueryParam("$skiptoken", equalTo("page-2")).willReturn(okJson("""
                {"@odata.deltaLink":"%s/v1.0/me/calendars/cal-1/calendarView/delta?$deltatoken=delta-1","value":[
                  {"id":"maybe","subject":"Maybe","showAs":"tentative",
                   "start":{"dateTime":"2026-12-09T12:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-12-09T13:00:00.0000000","timeZone":"UTC"}},
                  {"id":"declined","subject":"Declined","showAs":"busy","responseStatus":{"response":"declined"},
                   "start":{"dateTime":"2026-12-10T12:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-12-10T13:00:00.0000000","timeZone":"UTC"}},
                  {"id":"away","subject":"Away","showAs":"oof",
                   "start":{"dateTime":"2026-12-11T08:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-12-11T17:00:00.0000000","timeZone":"UTC"}}]}"""
                .formatted(api.baseUrl()))));

        var batch = fetch(connection, null);

        assertThat(batch.full()).isTrue();
        assertThat(batch.nextCursor()).isEqualTo(api.baseUrl() + "/v1.0/me/calendars/cal-1/calendarView/delta?$deltatoken=delta-1");
        assertThat(batch.upserts()).extracting(ExternalEvent::externalId).containsExactly("weekly-occurrence-1", "conference", "maybe", "declined", "away");
        assertThat(batch.upserts().get(0).start()).isEqualTo(Instant.parse("2026-12-08T09:00:00Z"));
        assertThat(batch.upserts().get(0).availability()).isEqualTo(Availability.BUSY);
        var conference = batch.upserts().get(1);
        assertThat(conference.allDayStart()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(conference.allDayEndExclusive()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(conference.availability()).isEqualTo(Availability.FREE);
        assertThat(batch.upserts().get(2).availability()).isEqualTo(Availability.TENTATIVE);
        assertThat(batch.upserts().get(3).declined()).isTrue();
        assertThat(batch.upserts().get(4).availability()).isEqualTo(Availability.BUSY);
        api.verify(getRequestedFor(urlPathMatching(DELTA)).withHeader("Prefer", containing("outlook.timezone=\"UTC\"")));
    }

    @Test
    void the_delta_link_brings_only_changes_and_removed_events_become_deletions() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.OUTLOOK);
        api.stubFor(get(urlPathMatching(DELTA)).withQueryParam("$deltatoken", equalTo("delta-1")).willReturn(okJson("""
                {"@odata.deltaLink":"%s/v1.0/me/calendars/cal-1/calendarView/delta?$deltatoken=delta-2","value":[
                  {"id":"gone","@removed":{"reason":"deleted"}},
                  {"id":"moved","subject":"Moved","showAs":"busy",
                   "start":{"dateTime":"2026-12-12T15:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-12-12T16:00:00.0000000","timeZone":"UTC"}}]}"""
                .formatted(api.baseUrl()))));

        var batch = fetch(connection, api.baseUrl() + "/v1.0/me/calendars/cal-1/calendarView/delta?$deltatoken=delta-1");

        assertThat(batch.full()).isFalse();
        assertThat(batch.deletedExternalIds()).containsExactly("gone");
        assertThat(batch.upserts()).extracting(ExternalEvent::externalId).containsExactly("moved");
        assertThat(batch.nextCursor()).endsWith("$deltatoken=delta-2");
        api.verify(0, getRequestedFor(urlPathMatching(DELTA)).withQueryParam("startDateTime", matching(".+")));
    }

    @Test
    void an_expired_delta_link_answered_with_410_starts_a_full_sync() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.OUTLOOK);
        api.stubFor(get(urlPathMatching(DELTA)).withQueryParam("$deltatoken", equalTo("old")).willReturn(status(410).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"SyncStateNotFound\",\"message\":\"The sync state generation is not found.\"}}")));
        api.stubFor(get(urlPathMatching(DELTA)).withQueryParam("startDateTime", equalTo("2026-12-01T00:00:00Z")).willReturn(okJson("""
                {"@odata.deltaLink":"%s/v1.0/me/calendars/cal-1/calendarView/delta?$deltatoken=fresh","value":[]}""".formatted(api.baseUrl()))));

        var batch = fetch(connection, api.baseUrl() + "/v1.0/me/calendars/cal-1/calendarView/delta?$deltatoken=old");

        assertThat(batch.full()).isTrue();
        assertThat(batch.nextCursor()).endsWith("$deltatoken=fresh");
    }

    @Test
    void a_401_refreshes_the_access_token_and_retries_once() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.OUTLOOK);
        var before = cipher.decrypt(connections.findById(connection).orElseThrow().getAccessToken());
        api.stubFor(get(urlPathMatching(DELTA)).inScenario("expired").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token has expired.\"}}"))
                .willSetStateTo("refreshed"));
        api.stubFor(get(urlPathMatching(DELTA)).inScenario("expired").whenScenarioStateIs("refreshed").willReturn(okJson("""
                {"@odata.deltaLink":"%s/v1.0/me/calendars/cal-1/calendarView/delta?$deltatoken=after","value":[]}""".formatted(api.baseUrl()))));

        var batch = fetch(connection, null);

        assertThat(batch.nextCursor()).endsWith("$deltatoken=after");
        var after = cipher.decrypt(connections.findById(connection).orElseThrow().getAccessToken());
        assertThat(after).isNotEqualTo(before);
        api.verify(getRequestedFor(urlPathMatching(DELTA)).withHeader("Authorization", equalTo("Bearer " + after)));
    }

    @Test
    void a_429_is_rate_limited_with_graphs_retry_after_and_not_retried_by_the_sdk() {
        var connection = connected("ada@example.com", CalendarProvider.OUTLOOK);
        api.stubFor(get(urlPathMatching(DELTA)).willReturn(status(429).withHeader("Retry-After", "30").withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Please retry after 30 seconds.\"}}")));

        assertThatThrownBy(() -> fetch(connection, null)).isInstanceOfSatisfying(SyncFailure.class, failure -> {
            assertThat(failure.kind()).isEqualTo(SyncFailure.Kind.RATE_LIMITED);
            assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        });
        api.verify(1, getRequestedFor(urlPathMatching(DELTA)));
    }

    private SyncBatch fetch(UUID connection, String cursor) throws SyncFailure {
        var synchronizer = synchronizers.stream().filter(s -> s.handles(SourceKind.OUTLOOK)).findFirst().orElseThrow();
        return synchronizer.fetch(new SyncRequest(UUID.randomUUID(), UUID.randomUUID(), connection, SourceKind.OUTLOOK, "cal-1", cursor,
                WINDOW_START, WINDOW_END));
    }
}
