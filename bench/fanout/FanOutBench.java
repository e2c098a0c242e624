import app.helmsman.Application;
import app.helmsman.accounts.SignUpForm;
import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Fan-out latency of live hints: from the commit of a task change (TaskService.update through its Spring
 * proxy, so LiveHint.publishedAt is stamped just before commit) to the listener of each subscribed UI.
 * Subscribers are mock UIs (a UI whose access() runs the command at once: no browser, no session lock, no
 * websocket write), 100 or 1,000 of them, all of the changed task's owner. Same instance: in-process bus.
 * Across instances: two application contexts in this JVM, changes on A, subscribers on B, through the
 * machine's real Redis (redis://127.0.0.1:6379, a private channel). Coalescing is set to 0 ms so the figure
 * is the fan-out machinery itself; views get it plus the coalescing window (250 ms by default). See README.md.
 */
public class FanOutBench {

    /** A UI without a browser: access() runs the command on the calling thread. */
    static final class MockUi extends UI {
        @Override
        public Future<Void> access(Command command) {
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        var redis = args.length > 1 ? args[1] : "redis://127.0.0.1:6379";
        var channel = "bench:live:" + UUID.randomUUID();
        var a = start("--helmsman.live.redis-url=", "--helmsman.live.coalesce=0ms");
        try {
            for (int uis : new int[] {100, 1000}) {
                run("same instance", a, a, uis, rounds);
            }
        } finally {
            a.close();
        }
        var a2 = start("--helmsman.live.redis-url=" + redis, "--helmsman.live.channel=" + channel, "--helmsman.live.coalesce=0ms");
        var b2 = start("--helmsman.live.redis-url=" + redis, "--helmsman.live.channel=" + channel, "--helmsman.live.coalesce=0ms");
        try {
            for (int uis : new int[] {100, 1000}) {
                run("across instances (Redis)", a2, b2, uis, rounds);
            }
        } finally {
            b2.close();
            a2.close();
        }
    }

    static ConfigurableApplicationContext start(String... args) {
        var all = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0", "--logging.level.root=WARN",
                "--logging.level.app.helmsman=WARN"));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(Application.class).profiles("test").run(all.toArray(String[]::new));
    }

    static void run(String label, ConfigurableApplicationContext writer, ConfigurableApplicationContext readers, int uis, int rounds)
            throws Exception {
        var email = "bench-" + UUID.randomUUID() + "@example.com";
        var owner = writer.getBean(app.helmsman.accounts.AccountService.class).signUp(new SignUpForm(email, "Bench", "correct horse battery"));
        var contexts = writer.getBean(SecurityContextHolderStrategy.class);
        var principal = writer.getBean(UserDetailsService.class).loadUserByUsername(email);
        var security = contexts.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        contexts.setContext(security);
        var tasks = writer.getBean(TaskService.class);
        var task = tasks.create(TaskDraft.titled("Bench task"));

        var live = readers.getBean(LiveUpdates.class);
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var latch = new CountDownLatch[1];
        var registrations = new ArrayList<com.vaadin.flow.shared.Registration>();
        var recording = new boolean[1];
        for (int i = 0; i < uis; i++) {
            registrations.add(live.subscribe(new MockUi(), owner, Set.of("tasks"), hints -> {
                var now = Instant.now();
                for (LiveHint hint : hints) {
                    if (recording[0]) {
                        latencies.add(Duration.between(hint.publishedAt(), now).toNanos());
                    }
                }
                latch[0].countDown();
            }));
        }
        int warmUp = Math.max(20, rounds / 4);
        for (int r = 0; r < warmUp + rounds; r++) {
            recording[0] = r >= warmUp;
            latch[0] = new CountDownLatch(uis);
            var current = tasks.get(task.id());
            tasks.update(task.id(), current.version(), current.toChange());
            if (!latch[0].await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("hints lost in round " + r);
            }
        }
        registrations.forEach(com.vaadin.flow.shared.Registration::remove);
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%-26s %5d UIs, %4d changes, %7d deliveries: p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n",
                label, uis, rounds, sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted.getLast() / 1e6);
    }

    static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
