import app.helmsman.Application;
import app.helmsman.accounts.SignUpForm;
import app.helmsman.calendar.internal.CalendarStore;
import app.helmsman.calendar.internal.spi.ExternalEvent;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SyncBatch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store side of a calendar sync (issue 13): applying a provider's first answer of 1,000 events (a full batch
 * into an empty calendar) and an incremental answer of 50 changes (30 changed, 10 new, 10 deleted), each in its one
 * transaction with the source's success record, as SyncEngine does after the fetch. Starts the whole application
 * on a throw-away embedded PostgreSQL. See README.md.
 */
public class CalendarSyncBench {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        var context = new SpringApplicationBuilder(Application.class).profiles("test")
                .properties("server.port=0", "logging.level.root=WARN", "logging.level.app.helmsman=WARN").run();
        try {
            var jdbc = context.getBean(JdbcTemplate.class);
            var store = context.getBean(CalendarStore.class);
            var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            var accounts = context.getBean(app.helmsman.accounts.AccountService.class);
            accounts.signUp(new SignUpForm("bench@example.com", "Bench", "Tangerine otter quill 42"));
            var owner = jdbc.queryForObject("select id from users where email = 'bench@example.com'", UUID.class);
            var now = Instant.parse("2026-12-07T08:00:00Z");
            var first = new long[rounds];
            var incremental = new long[rounds];
            for (int round = -5; round < rounds; round++) {
                var source = store.insertSource(owner, SourceKind.GOOGLE, UUID.randomUUID(), "bench-" + round, "Bench " + round, true, true, now, now);
                var events = new ArrayList<ExternalEvent>();
                for (int i = 0; i < 1000; i++) {
                    events.add(event(i, "Event " + i, now.plus(Duration.ofHours(i % 2000))));
                }
                long t0 = System.nanoTime();
                transactions.executeWithoutResult(s -> {
                    store.apply(owner, source, new SyncBatch(true, events, List.of(), "c1"));
                    store.recordSuccess(source, now, now, "c1");
                });
                long t1 = System.nanoTime();
                var changes = new ArrayList<ExternalEvent>();
                for (int i = 0; i < 30; i++) {
                    changes.add(event(i, "Event " + i + " (changed)", now.plus(Duration.ofHours(i + 1))));
                }
                for (int i = 0; i < 10; i++) {
                    changes.add(event(1000 + i, "New " + i, now.plus(Duration.ofHours(i))));
                }
                var deleted = new ArrayList<String>();
                for (int i = 0; i < 10; i++) {
                    deleted.add("e" + (500 + i));
                }
                long t2 = System.nanoTime();
                transactions.executeWithoutResult(s -> {
                    store.apply(owner, source, new SyncBatch(false, changes, deleted, "c2"));
                    store.recordSuccess(source, now, now, "c2");
                });
                long t3 = System.nanoTime();
                if (round >= 0) {
                    first[round] = t1 - t0;
                    incremental[round] = t3 - t2;
                }
                var count = jdbc.queryForObject("select event_count from calendar_sources where id = ?", Integer.class, source);
                if (count != 1000) {
                    throw new IllegalStateException("expected 1,000 events after the incremental sync, found " + count);
                }
            }
            report("first sync, 1,000 events", first);
            report("incremental sync, 50 changes", incremental);
            System.out.printf("load average: %s%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            context.close();
        }
    }

    static ExternalEvent event(int i, String title, Instant start) {
        return new ExternalEvent("e" + i, title, start, start.plus(Duration.ofMinutes(45)), null, null, ExternalEvent.Availability.BUSY, false, null);
    }

    static void report(String what, long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-32s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d runs)%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
