package app.helmsman.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
 * Google Calendar sync through the real {@code google-api-services-calendar} client against WireMock behaving like
 * the service: pages, the sync token on the last page, incremental sync, 410 Gone, 401 with refresh, 429.
 */
class GoogleSyncIT extends CalendarProviderTest {

    static final String EVENTS = "/calendar/v3/calendars/primary-cal@example.com/events";

    @Autowired
    List<SourceSynchronizer> synchronizers;

    @Test
    void the_first_sync_lists_the_window_with_occurrences_follows_the_pages_and_keeps_the_last_pages_sync_token() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.GOOGLE);
        api.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("pageToken", absent()).willReturn(okJson("""
                {"timeZone":"Europe/Berlin","nextPageToken":"page-2","items":[
                  {"id":"standup_20261208T080000Z","status":"confirmed","summary":"Stand-up","recurringEventId":"standup",
                   "start":{"dateTime":"2026-12-08T09:00:00+01:00","timeZone":"Europe/Berlin"},"end":{"dateTime":"2026-12-08T09:15:00+01:00"}},
                  {"id":"holiday","status":"confirmed","summary":"Holiday","transparency":"transparent",
                   "start":{"date":"2026-12-24"},"end":{"date":"2026-12-27"}}]}""")));
        api.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("pageToken", equalTo("page-2")).willReturn(okJson("""
                {"timeZone":"Europe/Berlin","nextSyncToken":"sync-1","items":[
                  {"id":"declined","status":"confirmed","summary":"Optional talk",
                   "start":{"dateTime":"2026-12-09T14:00:00Z"},"end":{"dateTime":"2026-12-09T15:00:00Z"},
                   "attendees":[{"email":"someone@example.com"},{"email":"ada.cal@example.com","self":true,"responseStatus":"declined"}]},
                  {"id":"maybe","status":"tentative","summary":"Maybe lunch",
                   "start":{"dateTime":"2026-12-10T12:00:00Z"},"end":{"dateTime":"2026-12-10T13:00:00Z"}}]}""")));

        var batch = fetch(connection, null);

        assertThat(batch.full()).isTrue();
        assertThat(batch.nextCursor()).isEqualTo("sync-1");
        assertThat(batch.upserts()).extracting(ExternalEvent::externalId).containsExactly("standup_20261208T080000Z", "holiday", "declined", "maybe");
        var standup = batch.upserts().get(0);
        assertThat(standup.start()).isEqualTo(Instant.parse("2026-12-08T08:00:00Z"));
        assertThat(standup.end()).isEqualTo(Instant.parse("2026-12-08T08:15:00Z"));
        assertThat(standup.availability()).isEqualTo(Availability.BUSY);
        assertThat(standup.allDay()).isFalse();
        var holiday = batch.upserts().get(1);
        assertThat(holiday.allDayStart()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(holiday.allDayEndExclusive()).isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(holiday.start()).as("midnight in the calendar's zone").isEqualTo(Instant.parse("2026-12-23T23:00:00Z"));
        assertThat(holiday.availability()).isEqualTo(Availability.FREE);
        assertThat(batch.upserts().get(2).declined()).isTrue();
        assertThat(batch.upserts().get(3).availability()).isEqualTo(Availability.TENTATIVE);
        api.verify(getRequestedFor(urlPathEqualTo(EVENTS)).withQueryParam("singleEvents", equalTo("true"))
                .withQueryParam("timeMin", equalTo("2026-12-01T00:00:00.000Z")).withQueryParam("timeMax", equalTo("2027-01-01T00:00:00.000Z")));
    }

    @Test
    void an_incremental_sync_sends_only_the_sync_token_and_reports_cancelled_events_as_deleted() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.GOOGLE);
        var block = UUID.randomUUID();
        api.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("syncToken", equalTo("sync-1")).willReturn(okJson("""
                {"nextSyncToken":"sync-2","items":[
                  {"id":"gone","status":"cancelled"},
                  {"id":"moved-block","status":"confirmed","summary":"Write report",
                   "start":{"dateTime":"2026-12-11T10:00:00Z"},"end":{"dateTime":"2026-12-11T11:00:00Z"},
                   "extendedProperties":{"private":{"helmsmanBlockId":"%s"}}}]}""".formatted(block))));

        var batch = fetch(connection, "sync-1");

        assertThat(batch.full()).isFalse();
        assertThat(batch.deletedExternalIds()).containsExactly("gone");
        assertThat(batch.upserts()).singleElement().satisfies(e -> {
            assertThat(e.helmsmanBlockId()).isEqualTo(block);
            assertThat(e.start()).isEqualTo(Instant.parse("2026-12-11T10:00:00Z"));
        });
        assertThat(batch.nextCursor()).isEqualTo("sync-2");
        api.verify(getRequestedFor(urlPathEqualTo(EVENTS)).withQueryParam("syncToken", equalTo("sync-1")).withQueryParam("timeMin", absent()));
    }

    @Test
    void an_expired_sync_token_answered_with_410_gone_starts_a_full_sync() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.GOOGLE);
        api.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("syncToken", equalTo("expired")).willReturn(status(410).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":410,\"message\":\"Sync token is no longer valid, a full sync is required.\",\"errors\":[{\"reason\":\"fullSyncRequired\"}]}}")));
        api.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("syncToken", absent()).willReturn(okJson("""
                {"nextSyncToken":"fresh","items":[{"id":"only","status":"confirmed","summary":"Only event",
                 "start":{"dateTime":"2026-12-12T10:00:00Z"},"end":{"dateTime":"2026-12-12T11:00:00Z"}}]}""")));

        var batch = fetch(connection, "expired");

        assertThat(batch.full()).isTrue();
        assertThat(batch.upserts()).extracting(ExternalEvent::externalId).containsExactly("only");
        assertThat(batch.nextCursor()).isEqualTo("fresh");
    }

    @Test
    void a_401_refreshes_the_access_token_and_retries_once() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.GOOGLE);
        var before = cipher.decrypt(connections.findById(connection).orElseThrow().getAccessToken());
        api.stubFor(get(urlPathEqualTo(EVENTS)).inScenario("expired").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(401).withHeader("Content-Type", "application/json").withBody("{\"error\":{\"code\":401,\"message\":\"Invalid Credentials\"}}"))
                .willSetStateTo("refreshed"));
        api.stubFor(get(urlPathEqualTo(EVENTS)).inScenario("expired").whenScenarioStateIs("refreshed")
                .willReturn(okJson("{\"nextSyncToken\":\"after-refresh\",\"items\":[]}")));

        var batch = fetch(connection, null);

        assertThat(batch.nextCursor()).isEqualTo("after-refresh");
        var after = cipher.decrypt(connections.findById(connection).orElseThrow().getAccessToken());
        assertThat(after).isNotEqualTo(before);
        api.verify(getRequestedFor(urlPathEqualTo(EVENTS)).withHeader("Authorization", equalTo("Bearer " + before)));
        api.verify(getRequestedFor(urlPathEqualTo(EVENTS)).withHeader("Authorization", equalTo("Bearer " + after)));
    }

    @Test
    void a_429_is_rate_limited_with_the_retry_after_google_sent() {
        var connection = connected("ada@example.com", CalendarProvider.GOOGLE);
        api.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(status(429).withHeader("Retry-After", "120").withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":429,\"message\":\"Rate Limit Exceeded\"}}")));

        assertThatThrownBy(() -> fetch(connection, null)).isInstanceOfSatisfying(SyncFailure.class, failure -> {
            assertThat(failure.kind()).isEqualTo(SyncFailure.Kind.RATE_LIMITED);
            assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        });
    }

    @Test
    void a_refresh_answered_with_invalid_grant_marks_the_connection_as_needing_reconnecting() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.GOOGLE);
        jdbc.update("update calendar_connections set refresh_token = ? where id = ?", cipher.encrypt("revoked-at-google"), connection);
        clock.set(clock.instant().plus(Duration.ofHours(2)));

        assertThatThrownBy(() -> fetch(connection, null)).isInstanceOfSatisfying(SyncFailure.class,
                failure -> assertThat(failure.kind()).isEqualTo(SyncFailure.Kind.NEEDS_RECONNECTING));

        assertThat(connections.findById(connection).orElseThrow().getState()).isEqualTo(ConnectionState.NEEDS_RECONNECTING);
        assertThatThrownBy(() -> fetch(connection, null)).as("no more attempts at the provider")
                .isInstanceOfSatisfying(SyncFailure.class, failure -> assertThat(failure.kind()).isEqualTo(SyncFailure.Kind.NEEDS_RECONNECTING));
        api.verify(0, getRequestedFor(urlPathEqualTo(EVENTS)));
    }

    private SyncBatch fetch(UUID connection, String cursor) throws SyncFailure {
        var synchronizer = synchronizers.stream().filter(s -> s.handles(SourceKind.GOOGLE)).findFirst().orElseThrow();
        return synchronizer.fetch(new SyncRequest(UUID.randomUUID(), UUID.randomUUID(), connection, SourceKind.GOOGLE, "primary-cal@example.com", cursor,
                WINDOW_START, WINDOW_END));
    }
}
