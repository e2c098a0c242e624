import app.helmsman.Application;
import app.helmsman.accounts.SignUpForm;
import app.helmsman.calendar.CalendarProvider;
import app.helmsman.calendar.internal.ConnectionEntity;
import app.helmsman.calendar.internal.ConnectionRepository;
import app.helmsman.calendar.internal.TokenCipher;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SourceSynchronizer;
import app.helmsman.calendar.internal.spi.SyncRequest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Client-side cost of a calendar sync (issue 13): a first sync of 1,000 events (4 pages of 250) and an incremental
 * sync of 50 changes (25 changed, 25 deleted), through the real Google Calendar client and the real Graph SDK, against
 * a loopback stub that answers from memory (JDK HttpServer, so the figure is Helmsman's side: HTTP client, JSON
 * parsing, mapping, token lookup). Targets: first sync < 3 s, incremental < 300 ms. Plain main, not a test.
 */
public class CalendarSyncBench {

    static final int EVENTS = 1_000;
    static final int PAGE = 250;
    static final int CHANGES = 50;
    static final Instant WINDOW_START = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant WINDOW_END = Instant.parse("2027-03-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        var stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.setExecutor(Executors.newFixedThreadPool(4));
        var base = "http://127.0.0.1:" + stub.getAddress().getPort();
        var google = googlePages();
        var graph = graphPages(base);
        stub.createContext("/calendar/v3/calendars/bench/events", exchange -> {
            var query = query(exchange);
            var body = query.contains("syncToken=") ? google.get(google.size() - 1)
                    : google.get(query.contains("pageToken=") ? Integer.parseInt(query.replaceAll(".*pageToken=(\\d+).*", "$1")) : 0);
            send(exchange, body);
        });
        stub.createContext("/v1.0/me/calendars/bench/calendarView/delta", exchange -> {
            var query = query(exchange);
            var body = query.contains("deltatoken") ? graph.get(graph.size() - 1)
                    : graph.get(query.contains("skiptoken=") ? Integer.parseInt(query.replaceAll(".*skiptoken=(\\d+).*", "$1")) : 0);
            send(exchange, body);
        });
        stub.start();
        // command-line arguments: they win over application.properties (default properties would not)
        var context = new SpringApplicationBuilder(Application.class).profiles("test").run("--server.port=0", "--management.server.port=0",
                "--logging.level.root=WARN", "--logging.level.app.helmsman=WARN", "--helmsman.calendar.google.client-id=bench",
                "--helmsman.calendar.microsoft.client-id=bench", "--helmsman.calendar.google.api-base-url=" + base,
                "--helmsman.calendar.microsoft.api-base-url=" + base);
        try {
            var user = context.getBean(app.helmsman.accounts.AccountService.class).signUp(new SignUpForm("bench@example.com", "Bench", "correct horse battery"));
            var cipher = context.getBean(TokenCipher.class);
            var repository = context.getBean(ConnectionRepository.class);
            var synchronizers = context.getBeansOfType(SourceSynchronizer.class).values();
            System.out.printf("Calendar sync bench: %d events first sync, %d changes incremental, %d timed rounds each (after %d warm-up)%n",
                    EVENTS, CHANGES, rounds, Math.max(5, rounds / 4));
            for (var provider : CalendarProvider.values()) {
                var connection = new ConnectionEntity(user, provider, "bench-" + provider + "@example.com", Instant.now());
                connection.grant("bench", cipher.encrypt("bench-access-token"), cipher.encrypt("bench-refresh"), Instant.parse("2100-01-01T00:00:00Z"));
                var id = repository.save(connection).getId();
                var kind = provider == CalendarProvider.GOOGLE ? SourceKind.GOOGLE : SourceKind.OUTLOOK;
                var synchronizer = synchronizers.stream().filter(s -> s.handles(kind)).findFirst().orElseThrow();
                var cursor = provider == CalendarProvider.GOOGLE ? "sync-1" : base + "/v1.0/me/calendars/bench/calendarView/delta?$deltatoken=d1";
                for (var incremental : List.of(false, true)) {
                    var times = new ArrayList<Double>();
                    for (int i = 0; i < Math.max(5, rounds / 4) + rounds; i++) {
                        var request = new SyncRequest(UUID.randomUUID(), user, id, kind, "bench", incremental ? cursor : null, WINDOW_START, WINDOW_END);
                        var started = System.nanoTime();
                        var batch = synchronizer.fetch(request);
                        var ms = (System.nanoTime() - started) / 1e6;
                        int expected = incremental ? CHANGES : EVENTS;
                        if (batch.upserts().size() + batch.deletedExternalIds().size() != expected) {
                            throw new IllegalStateException(provider + " returned " + batch.upserts().size() + "+" + batch.deletedExternalIds().size());
                        }
                        if (i >= Math.max(5, rounds / 4)) {
                            times.add(ms);
                        }
                    }
                    Collections.sort(times);
                    System.out.printf("%-8s %-28s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (target < %d ms)%n", provider,
                            incremental ? "incremental, 50 changes" : "first sync, 1,000 events", at(times, 0.5), at(times, 0.95),
                            times.getLast(), incremental ? 300 : 3000);
                }
            }
        } catch (Throwable failure) {
            failure.printStackTrace();
        } finally {
            context.close();
            stub.stop(0);
            System.exit(0);
        }
    }

    static List<byte[]> googlePages() {
        var pages = new ArrayList<byte[]>();
        for (int page = 0; page < EVENTS / PAGE; page++) {
            var items = new StringBuilder();
            for (int i = page * PAGE; i < (page + 1) * PAGE; i++) {
                items.append(i > page * PAGE ? "," : "").append(googleEvent("ev-" + i, i, false));
            }
            var last = page == EVENTS / PAGE - 1;
            pages.add(("{\"timeZone\":\"Europe/Berlin\"," + (last ? "\"nextSyncToken\":\"sync-2\"" : "\"nextPageToken\":\"" + (page + 1) + "\"")
                    + ",\"items\":[" + items + "]}").getBytes(StandardCharsets.UTF_8));
        }
        var changes = new StringBuilder();
        for (int i = 0; i < CHANGES; i++) {
            changes.append(i > 0 ? "," : "").append(googleEvent("ev-" + i, i + 7, i % 2 == 1));
        }
        pages.add(("{\"nextSyncToken\":\"sync-3\",\"items\":[" + changes + "]}").getBytes(StandardCharsets.UTF_8));
        return pages;
    }

    static String googleEvent(String id, int i, boolean cancelled) {
        if (cancelled) {
            return "{\"id\":\"" + id + "\",\"status\":\"cancelled\"}";
        }
        var start = WINDOW_START.plusSeconds(3600L * (i % 2000));
        return "{\"id\":\"" + id + "\",\"status\":\"confirmed\",\"summary\":\"Meeting " + i + "\",\"start\":{\"dateTime\":\"" + start
                + "\"},\"end\":{\"dateTime\":\"" + start.plusSeconds(1800) + "\"},\"attendees\":[{\"email\":\"a@example.com\",\"self\":true,"
                + "\"responseStatus\":\"accepted\"}]}";
    }

    static List<byte[]> graphPages(String base) {
        var pages = new ArrayList<byte[]>();
        var link = base + "/v1.0/me/calendars/bench/calendarView/delta?$";
        for (int page = 0; page < EVENTS / PAGE; page++) {
            var items = new StringBuilder();
            for (int i = page * PAGE; i < (page + 1) * PAGE; i++) {
                items.append(i > page * PAGE ? "," : "").append(graphEvent("o-" + i, i, false));
            }
            var last = page == EVENTS / PAGE - 1;
            pages.add(("{" + (last ? "\"@odata.deltaLink\":\"" + link + "deltatoken=d2\"" : "\"@odata.nextLink\":\"" + link + "skiptoken=" + (page + 1) + "\"")
                    + ",\"value\":[" + items + "]}").getBytes(StandardCharsets.UTF_8));
        }
        var changes = new StringBuilder();
        for (int i = 0; i < CHANGES; i++) {
            changes.append(i > 0 ? "," : "").append(graphEvent("o-" + i, i + 7, i % 2 == 1));
        }
        pages.add(("{\"@odata.deltaLink\":\"" + link + "deltatoken=d3\",\"value\":[" + changes + "]}").getBytes(StandardCharsets.UTF_8));
        return pages;
    }

    static String graphEvent(String id, int i, boolean removed) {
        if (removed) {
            return "{\"id\":\"" + id + "\",\"@removed\":{\"reason\":\"deleted\"}}";
        }
        var start = WINDOW_START.plusSeconds(3600L * (i % 2000));
        return "{\"id\":\"" + id + "\",\"subject\":\"Meeting " + i + "\",\"showAs\":\"busy\",\"isAllDay\":false,\"start\":{\"dateTime\":\""
                + start.toString().replace("Z", ".0000000") + "\",\"timeZone\":\"UTC\"},\"end\":{\"dateTime\":\""
                + start.plusSeconds(1800).toString().replace("Z", ".0000000") + "\",\"timeZone\":\"UTC\"},\"responseStatus\":{\"response\":\"accepted\"}}";
    }

    static String query(HttpExchange exchange) {
        var raw = exchange.getRequestURI().getRawQuery();
        return raw == null ? "" : java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
