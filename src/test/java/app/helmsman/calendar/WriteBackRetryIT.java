package app.helmsman.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.calendar.internal.BlockMirror;
import app.helmsman.calendar.internal.CalendarStore;
import app.helmsman.calendar.internal.SyncEngine;
import app.helmsman.calendar.internal.WriteBack;
import app.helmsman.planner.PlannedBlock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A write-back the provider refused (500) is not lost until the next plan change: it waits as a pending write and the
 * calendar sync round retries it with backoff, through the real Google client against the stub; the block ends up as
 * exactly one event, and further rounds and the same plan again write nothing more.
 */
class WriteBackRetryIT extends CalendarProviderTest {

    static final String GOOGLE_EVENTS = "/calendar/v3/calendars/primary-cal@example.com/events";
    static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    @Autowired
    WriteBack writeBack;
    @Autowired
    SyncEngine engine;
    @Autowired
    CalendarStore store;
    @Autowired
    BlockMirror mirror;

    @Test
    void a_write_the_provider_refused_is_retried_by_the_sync_round_and_exists_exactly_once() {
        var receiving = adaWithACalendarThatReceivesBlocks();
        var ada = receiving.person();
        var target = receiving.calendar();
        api.stubFor(post(urlPathEqualTo(GOOGLE_EVENTS)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(500).withHeader("Content-Type", "application/json").withBody("{\"error\":{\"code\":500,\"message\":\"Backend Error\"}}"))
                .willSetStateTo("recovered"));
        api.stubFor(post(urlPathEqualTo(GOOGLE_EVENTS)).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(okJson("{\"id\":\"ev-1\"}")));
        var block = reportBlock();

        writeBack.dayChanged(ada, DAY, List.of(block));

        assertThat(mirror.mapping(block.blockId(), target)).isEmpty();
        assertThat(pendingWrites(target)).isEqualTo(1);
        engine.round();
        assertThat(mirror.mapping(block.blockId(), target)).as("not due before its backoff").isEmpty();

        clock.set(NOW.plus(Duration.ofMinutes(2)));
        engine.round();

        assertThat(mirror.mapping(block.blockId(), target)).hasValueSatisfying(mapping -> assertThat(mapping.externalId()).isEqualTo("ev-1"));
        assertThat(pendingWrites(target)).isZero();
        api.verify(2, postRequestedFor(urlPathEqualTo(GOOGLE_EVENTS))); // the refused one and the retry

        clock.set(NOW.plus(Duration.ofHours(1)));
        engine.round();
        writeBack.dayChanged(ada, DAY, List.of(block));
        api.verify(2, postRequestedFor(urlPathEqualTo(GOOGLE_EVENTS)));
    }

    @Test
    void a_block_that_left_the_plan_before_its_retry_is_not_written_at_all() {
        var receiving = adaWithACalendarThatReceivesBlocks();
        var ada = receiving.person();
        var target = receiving.calendar();
        api.stubFor(post(urlPathEqualTo(GOOGLE_EVENTS)).willReturn(status(500)));
        var block = reportBlock();
        writeBack.dayChanged(ada, DAY, List.of(block));
        writeBack.dayChanged(ada, DAY, List.of());

        clock.set(NOW.plus(Duration.ofMinutes(2)));
        engine.round();

        assertThat(pendingWrites(target)).isZero();
        api.verify(1, postRequestedFor(urlPathEqualTo(GOOGLE_EVENTS)));
    }

    private int pendingWrites(UUID target) {
        return jdbc.queryForObject("select count(*) from calendar_pending_writes where target_source_id = ?", Integer.class, target);
    }

    /** Ada, at NOW, with a connected Google calendar that receives her blocks and has no events. */
    private Receiving adaWithACalendarThatReceivesBlocks() {
        clock.set(NOW);
        connected("ada@example.com", CalendarProvider.GOOGLE);
        var ada = jdbc.queryForObject("select id from users where email = 'ada@example.com'", UUID.class);
        var target = jdbc.queryForObject("select id from calendar_sources where external_id = 'primary-cal@example.com'", UUID.class);
        store.setReceivesBlocks(ada, target, true);
        api.stubFor(get(urlPathEqualTo(GOOGLE_EVENTS)).willReturn(okJson("{\"items\":[],\"nextSyncToken\":\"s\"}")));
        return new Receiving(ada, target);
    }

    private static PlannedBlock reportBlock() {
        return new PlannedBlock(UUID.randomUUID(), UUID.randomUUID(), "Write the report", Instant.parse("2026-12-08T09:00:00Z"),
                Instant.parse("2026-12-08T10:00:00Z"), false, null);
    }

    private record Receiving(UUID person, UUID calendar) {
    }
}
