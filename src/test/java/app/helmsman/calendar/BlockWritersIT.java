package app.helmsman.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.calendar.internal.spi.BlockWriter;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.planner.PlannedBlock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Write-back of planned blocks through the real client libraries: events created with Helmsman's mark (Google private
 * extended property, Graph open extension), moved and deleted; an event that is not Helmsman's is never changed or
 * deleted (a new one is created for the block instead).
 */
class BlockWritersIT extends CalendarProviderTest {

    static final String GOOGLE_EVENTS = "/calendar/v3/calendars/primary-cal@example.com/events";
    static final String GRAPH_EVENTS = "/v1.0/me/calendars/cal-1/events";

    @Autowired
    List<BlockWriter> writers;

    final UUID blockId = UUID.randomUUID();
    final PlannedBlock block = new PlannedBlock(blockId, UUID.randomUUID(), "Write the report", Instant.parse("2026-12-08T09:00:00Z"),
            Instant.parse("2026-12-08T10:00:00Z"), false, "High-energy morning slot");
    final PlannedBlock moved = new PlannedBlock(blockId, block.taskId(), "Write the report", Instant.parse("2026-12-08T14:00:00Z"),
            Instant.parse("2026-12-08T15:00:00Z"), false, null);

    @Test
    void google_creates_the_block_marked_as_helmsmans_moves_it_and_deletes_it() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.GOOGLE);
        api.stubFor(get(urlPathEqualTo(GOOGLE_EVENTS)).willReturn(okJson("{\"items\":[]}")));
        api.stubFor(post(urlPathEqualTo(GOOGLE_EVENTS)).willReturn(okJson("{\"id\":\"ev-1\"}")));
        api.stubFor(get(urlPathEqualTo(GOOGLE_EVENTS + "/ev-1")).willReturn(okJson(googleEvent("ev-1", blockId.toString()))));
        // NetHttpTransport has no PATCH: Google's client sends POST with X-HTTP-Method-Override, which Google honours
        api.stubFor(post(urlPathEqualTo(GOOGLE_EVENTS + "/ev-1")).withHeader("X-HTTP-Method-Override", equalTo("PATCH"))
                .willReturn(okJson("{\"id\":\"ev-1\"}")));
        api.stubFor(delete(urlPathEqualTo(GOOGLE_EVENTS + "/ev-1")).willReturn(status(204)));
        var writer = writer(SourceKind.GOOGLE);

        var created = writer.upsert(connection, "primary-cal@example.com", null, block);
        var again = writer.upsert(connection, "primary-cal@example.com", created, moved);
        writer.delete(connection, "primary-cal@example.com", created);

        assertThat(created).isEqualTo("ev-1");
        assertThat(again).isEqualTo("ev-1");
        api.verify(1, postRequestedFor(urlPathEqualTo(GOOGLE_EVENTS))
                .withRequestBody(matchingJsonPath("$.extendedProperties.private.helmsmanBlockId", equalTo(blockId.toString())))
                .withRequestBody(matchingJsonPath("$.summary", equalTo("Write the report"))));
        api.verify(1, postRequestedFor(urlPathEqualTo(GOOGLE_EVENTS + "/ev-1"))
                .withRequestBody(matchingJsonPath("$.start.dateTime", equalTo("2026-12-08T14:00:00.000Z"))));
        api.verify(1, deleteRequestedFor(urlPathEqualTo(GOOGLE_EVENTS + "/ev-1")));
    }

    @Test
    void google_finds_the_blocks_event_before_creating_so_a_retry_never_duplicates_it() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.GOOGLE);
        api.stubFor(get(urlPathEqualTo(GOOGLE_EVENTS)).withQueryParam("privateExtendedProperty", equalTo("helmsmanBlockId=" + blockId))
                .willReturn(okJson("{\"items\":[" + googleEvent("ev-earlier", blockId.toString()) + "]}")));
        api.stubFor(post(urlPathEqualTo(GOOGLE_EVENTS + "/ev-earlier")).willReturn(okJson("{\"id\":\"ev-earlier\"}")));

        var id = writer(SourceKind.GOOGLE).upsert(connection, "primary-cal@example.com", null, block);

        assertThat(id).isEqualTo("ev-earlier");
        api.verify(0, postRequestedFor(urlPathEqualTo(GOOGLE_EVENTS)));
    }

    @Test
    void google_never_changes_or_deletes_an_event_that_is_not_helmsmans() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.GOOGLE);
        api.stubFor(get(urlPathEqualTo(GOOGLE_EVENTS + "/dentist")).willReturn(okJson(googleEvent("dentist", null))));
        api.stubFor(get(urlPathEqualTo(GOOGLE_EVENTS)).willReturn(okJson("{\"items\":[]}")));
        api.stubFor(post(urlPathEqualTo(GOOGLE_EVENTS)).willReturn(okJson("{\"id\":\"ev-new\"}")));
        var writer = writer(SourceKind.GOOGLE);

        var id = writer.upsert(connection, "primary-cal@example.com", "dentist", block);
        writer.delete(connection, "primary-cal@example.com", "dentist");

        assertThat(id).as("a new event for the block").isEqualTo("ev-new");
        api.verify(0, postRequestedFor(urlPathEqualTo(GOOGLE_EVENTS + "/dentist")));
        api.verify(0, deleteRequestedFor(urlPathEqualTo(GOOGLE_EVENTS + "/dentist")));
    }

    @Test
    void outlook_creates_the_block_with_helmsmans_open_extension_moves_it_and_deletes_it() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.OUTLOOK);
        api.stubFor(post(urlPathEqualTo(GRAPH_EVENTS)).willReturn(okJson("{\"id\":\"o-1\"}").withStatus(201)));
        api.stubFor(get(urlPathEqualTo(GRAPH_EVENTS + "/o-1")).willReturn(okJson(graphEvent("o-1", blockId.toString()))));
        api.stubFor(patch(urlPathEqualTo(GRAPH_EVENTS + "/o-1")).willReturn(okJson("{\"id\":\"o-1\"}")));
        api.stubFor(delete(urlPathEqualTo(GRAPH_EVENTS + "/o-1")).willReturn(status(204)));
        var writer = writer(SourceKind.OUTLOOK);

        var created = writer.upsert(connection, "cal-1", null, block);
        var again = writer.upsert(connection, "cal-1", created, moved);
        writer.delete(connection, "cal-1", created);

        assertThat(created).isEqualTo("o-1");
        assertThat(again).isEqualTo("o-1");
        api.verify(1, postRequestedFor(urlPathEqualTo(GRAPH_EVENTS))
                .withRequestBody(matchingJsonPath("$.extensions[0].extensionName", equalTo("app.helmsman.block")))
                .withRequestBody(matchingJsonPath("$.extensions[0].blockId", equalTo(blockId.toString()))));
        api.verify(1, patchRequestedFor(urlPathEqualTo(GRAPH_EVENTS + "/o-1"))
                .withRequestBody(matchingJsonPath("$.start.dateTime", equalTo("2026-12-08T14:00:00"))));
        api.verify(1, deleteRequestedFor(urlPathEqualTo(GRAPH_EVENTS + "/o-1")));
    }

    @Test
    void outlook_never_changes_or_deletes_an_event_that_is_not_helmsmans() throws Exception {
        var connection = connected("ada@example.com", CalendarProvider.OUTLOOK);
        api.stubFor(get(urlPathEqualTo(GRAPH_EVENTS + "/board-meeting")).willReturn(okJson(graphEvent("board-meeting", null))));
        api.stubFor(post(urlPathEqualTo(GRAPH_EVENTS)).willReturn(okJson("{\"id\":\"o-new\"}").withStatus(201)));
        var writer = writer(SourceKind.OUTLOOK);

        var id = writer.upsert(connection, "cal-1", "board-meeting", block);
        writer.delete(connection, "cal-1", "board-meeting");

        assertThat(id).isEqualTo("o-new");
        api.verify(0, patchRequestedFor(urlPathEqualTo(GRAPH_EVENTS + "/board-meeting")));
        api.verify(0, deleteRequestedFor(urlPathEqualTo(GRAPH_EVENTS + "/board-meeting")));
    }

    private BlockWriter writer(SourceKind kind) {
        return writers.stream().filter(w -> w.handles(kind)).findFirst().orElseThrow();
    }

    private static String googleEvent(String id, String blockId) {
        var properties = blockId == null ? "" : ",\"extendedProperties\":{\"private\":{\"helmsmanBlockId\":\"" + blockId + "\"}}";
        return """
                {"id":"%s","status":"confirmed","summary":"Something","start":{"dateTime":"2026-12-08T09:00:00Z"},"end":{"dateTime":"2026-12-08T10:00:00Z"}%s}"""
                .formatted(id, properties);
    }

    private static String graphEvent(String id, String blockId) {
        var extensions = blockId == null ? "[]" : """
                [{"@odata.type":"#microsoft.graph.openTypeExtension","id":"Microsoft.OutlookServices.OpenTypeExtension.app.helmsman.block",
                  "extensionName":"app.helmsman.block","blockId":"%s"}]""".formatted(blockId);
        return """
                {"id":"%s","subject":"Something","start":{"dateTime":"2026-12-08T09:00:00.0000000","timeZone":"UTC"},
                 "end":{"dateTime":"2026-12-08T10:00:00.0000000","timeZone":"UTC"},"extensions":%s}""".formatted(id, extensions);
    }
}
