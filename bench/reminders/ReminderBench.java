import app.helmsman.Application;
import app.helmsman.accounts.SignUpForm;
import app.helmsman.live.LiveUpdates;
import app.helmsman.reminders.ReminderKind;
import app.helmsman.reminders.ReminderService;
import app.helmsman.reminders.internal.ReminderRow;
import app.helmsman.reminders.internal.ReminderStore;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Reminders (issue 15), two figures on one instance with the real clock and the real delivery job:
 * 1. from a reminder's time to its arrival at an open session's listener (p50/p95/p99/max over 1,000 reminders,
 *    10 per second, delivery every 500 ms, the default 250 ms live coalescing window included);
 * 2. request latency (TaskListService.today and TaskService.create through their proxies) with 0 and then
 *    10,000 pending reminders in the queue, while the delivery job runs; plus the delivery round's own time
 *    and the plan of its claim query. See README.md.
 */
public class ReminderBench {

    /** A session without a browser: access() runs the command at once (what is measured is the server path). */
    static final class MockUi extends UI {
        @Override
        public Future<Void> access(Command command) {
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }

    public static void main(String[] args) throws Exception {
        int reminders = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        var context = new SpringApplicationBuilder(Application.class).profiles("test")
                .properties("server.port=0", "logging.level.root=WARN", "logging.level.app.helmsman=WARN")
                // a command-line argument: the test profile turns delivery off, and default properties rank below it
                .run("--helmsman.reminders.delivery-interval=500ms");
        try {
            var clock = context.getBean(Clock.class);
            var email = "bench-" + UUID.randomUUID() + "@example.com";
            var owner = context.getBean(app.helmsman.accounts.AccountService.class).signUp(new SignUpForm(email, "Bench", "correct horse battery"));
            signIn(context, email);
            var service = context.getBean(ReminderService.class);
            var p = service.preferences();
            // no quiet hours (the bench runs at any hour) and no batching limit: every reminder is its own toast
            service.savePreferences(new app.helmsman.reminders.ReminderPreferences(java.time.LocalTime.MIDNIGHT, java.time.LocalTime.MIDNIGHT, 20, 5,
                    p.kinds(), false, false, false));
            var task = context.getBean(TaskService.class).create(TaskDraft.titled("Bench task")).id();
            deliveryLatency(context, clock, owner, task, reminders);
            requestLatency(context, clock, owner);
        } finally {
            context.close();
        }
    }

    static void deliveryLatency(ConfigurableApplicationContext context, Clock clock, UUID owner, UUID task, int count) throws Exception {
        var store = context.getBean(ReminderStore.class);
        var due = new ConcurrentHashMap<UUID, Instant>();
        var arrived = new ConcurrentHashMap<UUID, Instant>();
        var live = context.getBean(LiveUpdates.class);
        var all = new java.util.concurrent.CountDownLatch(count);
        var registration = live.subscribe(new MockUi(), owner, Set.of(ReminderService.TOPIC), hints -> {
            var now = clock.instant();
            hints.forEach(h -> h.ids().forEach(id -> {
                if (arrived.putIfAbsent(id, now) == null) {
                    all.countDown();
                }
            }));
        });
        var random = new Random(15);
        var start = clock.instant().plusSeconds(5);
        for (int i = 0; i < count; i++) {
            // 10 a second, at random milliseconds
            var at = start.plusMillis(i * 100L + random.nextInt(100));
            var row = ReminderRow.pending(owner, ReminderKind.REMIND_ME, task, null, "Bench " + i, at, at);
            var unique = new ReminderRow(row.id(), owner, row.kind(), task, null, row.title(), at, at, row.state(), false, null, false, false, null,
                    row.dedupeKey() + ":" + i);
            store.add(unique, clock.instant());
            due.put(unique.id(), at);
        }
        all.await(5 + count / 10 + 30, java.util.concurrent.TimeUnit.SECONDS);
        registration.remove();
        var latencies = new ArrayList<Long>();
        due.forEach((id, at) -> {
            var when = arrived.get(id);
            if (when != null) {
                latencies.add(Duration.between(at, when).toMillis());
            }
        });
        System.out.printf("Delivery to an open session: %d of %d reminders arrived%n", latencies.size(), count);
        print("  reminder time -> session listener (ms)", latencies);
    }

    static void requestLatency(ConfigurableApplicationContext context, Clock clock, UUID owner) throws Exception {
        var lists = context.getBean(TaskListService.class);
        var tasks = context.getBean(TaskService.class);
        var jdbc = context.getBean(JdbcTemplate.class);
        var page = PageRequest.of(0, 50);
        for (int i = 0; i < 200; i++) {
            tasks.create(TaskDraft.titled("Warm-up " + i).withDoDate(java.time.LocalDate.now(clock)));
        }
        for (int i = 0; i < 300; i++) {
            lists.today(page);
        }
        System.out.printf("%nRequest latency, delivery job running every 500 ms, pending reminders: %d%n", pending(jdbc));
        var beforeToday = measure(() -> lists.today(page), 1000);
        var beforeCreate = measure(() -> tasks.create(TaskDraft.titled("Planned").withDoDate(java.time.LocalDate.now(clock).plusDays(3))
                .withDoTime(java.time.LocalTime.NOON)), 500);
        print("  TaskListService.today (first 50)", beforeToday);
        print("  TaskService.create (with a do time: schedules a reminder)", beforeCreate);
        var beforeRound = measure(() -> context.getBean(app.helmsman.reminders.internal.ReminderDelivery.class).round(), 200);
        print("  ReminderDelivery.round (nothing due)", beforeRound);

        // 10,000 pending reminders for 100 people, due over the next 30 days
        var people = new ArrayList<UUID>();
        for (int i = 0; i < 100; i++) {
            people.add(context.getBean(app.helmsman.accounts.AccountService.class).signUp(
                    new SignUpForm("load-" + i + "-" + UUID.randomUUID() + "@example.com", "Load", "correct horse battery")));
        }
        var random = new Random(10_000);
        var now = clock.instant();
        var batch = new ArrayList<Object[]>();
        for (int i = 0; i < 10_000; i++) {
            var at = now.plusSeconds(3600 + random.nextInt(30 * 24 * 3600));
            batch.add(new Object[] {UUID.randomUUID(), people.get(i % 100), "Load " + i, java.sql.Timestamp.from(at), "bench:" + i, java.sql.Timestamp.from(now)});
        }
        jdbc.batchUpdate("""
                insert into reminders (id, owner_id, kind, title, subject_at, due_at, state, dedupe_key, created_at)
                values (?, ?, 'REMIND_ME', ?, ?4, ?4, 'PENDING', ?, ?)""".replace("?4, ?4", "?, ?"),
                batch.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[3], r[4], r[5]}).toList());
        jdbc.execute("analyze reminders");
        System.out.printf("%nSame, pending reminders: %d%n", pending(jdbc));
        var afterToday = measure(() -> lists.today(page), 1000);
        var afterCreate = measure(() -> tasks.create(TaskDraft.titled("Planned").withDoDate(java.time.LocalDate.now(clock).plusDays(3))
                .withDoTime(java.time.LocalTime.NOON)), 500);
        print("  TaskListService.today (first 50)", afterToday);
        print("  TaskService.create (with a do time: schedules a reminder)", afterCreate);
        var afterRound = measure(() -> context.getBean(app.helmsman.reminders.internal.ReminderDelivery.class).round(), 200);
        print("  ReminderDelivery.round (nothing due)", afterRound);
        System.out.println("\nPlan of the delivery claim's first query:");
        jdbc.queryForList("explain (analyze, buffers) select owner_id from reminders where state in ('PENDING', 'SNOOZED') and due_at <= now() "
                + "group by owner_id order by min(due_at) limit 1000", String.class).forEach(line -> System.out.println("  " + line));
    }

    static long pending(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from reminders where state = 'PENDING'", Long.class);
    }

    static List<Long> measure(Supplier<?> call, int rounds) {
        var micros = new ArrayList<Long>();
        for (int i = 0; i < rounds; i++) {
            var t = System.nanoTime();
            call.get();
            micros.add((System.nanoTime() - t) / 1000);
        }
        return micros;
    }

    static void print(String what, List<Long> values) {
        var sorted = new ArrayList<>(values);
        sorted.sort(null);
        if (sorted.isEmpty()) {
            System.out.println(what + ": no values");
            return;
        }
        System.out.printf("%-62s n=%d p50=%d p95=%d p99=%d max=%d%n", what, sorted.size(), at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted.getLast());
    }

    static long at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    static void signIn(ConfigurableApplicationContext context, String email) {
        var contexts = context.getBean(SecurityContextHolderStrategy.class);
        var principal = context.getBean(UserDetailsService.class).loadUserByUsername(email);
        var security = contexts.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        contexts.setContext(security);
    }

    @SuppressWarnings("unused")
    private static Map<String, Object> unused() {
        return Map.of();
    }
}
