package app.helmsman.live;

import app.helmsman.live.internal.ReplicaStore;
import app.helmsman.live.internal.ReplicaStore.Report;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Every replica's live figures, for the ops console: each instance reports its own (people with a window open, open
 * windows, Push connections, heap used, requests since start) to Redis every {@link LiveSettings#replicaInterval()},
 * under a key that expires after {@link LiveSettings#replicaTtl()}, so a replica that stops reporting (it died or
 * was stopped) leaves the list within that time. Without Redis, or while it is away, the list is this instance alone,
 * and says why.
 */
@Service
public class LiveReplicas {

    /** Most replicas listed. */
    public static final int MAX_LISTED = 100;

    /** One replica's figures; {@code age} is how long ago it reported (zero for this instance, read now). */
    public record Replica(String name, int people, int windows, int push, long heapUsedBytes, long requests, Duration age, boolean thisInstance) {
    }

    /**
     * The replicas by name (at most {@link #MAX_LISTED}; {@code more} when there were more) and their totals.
     *
     * @param problem null when every replica's report could be read; otherwise why only this instance is shown
     */
    public record Replicas(List<Replica> replicas, boolean more, String problem) {

        public int people() {
            return replicas.stream().mapToInt(Replica::people).sum();
        }

        public int windows() {
            return replicas.stream().mapToInt(Replica::windows).sum();
        }

        public int push() {
            return replicas.stream().mapToInt(Replica::push).sum();
        }

        public long heapUsedBytes() {
            return replicas.stream().mapToLong(Replica::heapUsedBytes).sum();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(LiveReplicas.class);

    private final ReplicaStore store;
    private final MeterRegistry registry;
    private final LiveSettings settings;
    private final Clock clock;
    private final String id = UUID.randomUUID().toString();
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-replica-report").factory());

    LiveReplicas(ReplicaStore store, MeterRegistry registry, LiveSettings settings, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.settings = settings;
        this.clock = clock;
        if (store.shared()) {
            var every = settings.replicaInterval().toMillis();
            reporter.scheduleWithFixedDelay(this::report, 0, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Every replica's latest figures, this instance's read now; this instance alone when Redis is not configured or away. */
    @PreAuthorize("hasRole('ADMIN')")
    public Replicas replicas() {
        var self = own();
        var mine = new Replica(self.name(), self.people(), self.windows(), self.push(), self.heapUsedBytes(), self.requests(), Duration.ZERO, true);
        if (!store.shared()) {
            return new Replicas(List.of(mine), false, "Redis is not configured (REDIS_URL), so this list shows this instance only.");
        }
        try {
            var reports = store.all(MAX_LISTED);
            var now = clock.instant();
            var list = new ArrayList<Replica>();
            list.add(mine);
            reports.forEach((replica, r) -> {
                if (!replica.equals(id)) {
                    var age = Duration.between(r.reportedAt(), now);
                    list.add(new Replica(r.name(), r.people(), r.windows(), r.push(), r.heapUsedBytes(), r.requests(),
                            age.isNegative() ? Duration.ZERO : age, false));
                }
            });
            // a replica restarted under the same name (a pod's hostname) may still have its old report: keep the newest
            list.sort(Comparator.comparing(Replica::name).thenComparing(r -> !r.thisInstance()).thenComparing(Replica::age));
            var seen = new java.util.HashSet<String>();
            list.removeIf(r -> !seen.add(r.name()));
            boolean more = list.size() > MAX_LISTED;
            return new Replicas(List.copyOf(more ? list.subList(0, MAX_LISTED) : list), more, null);
        } catch (RuntimeException e) {
            log.debug("Replica reports not read ({})", e.getMessage());
            return new Replicas(List.of(mine), false, "Redis cannot be reached, so this list shows this instance only.");
        }
    }

    /** Stores this instance's figures; a failure (Redis away) is skipped until the next round. */
    void report() {
        try {
            store.put(id, own(), settings.replicaTtl());
        } catch (RuntimeException e) {
            log.debug("Replica report not stored ({})", e.getMessage());
        }
    }

    private Report own() {
        long requests = registry.find("http.server.requests").timers().stream().mapToLong(Timer::count).sum();
        long heap = (long) registry.find("jvm.memory.used").tag("area", "heap").gauges().stream().mapToDouble(g -> g.value())
                .filter(v -> v > 0).sum();
        return new Report(settings.instanceName(), gauge("helmsman.live.users.active"), gauge("helmsman.live.ui.active"),
                gauge("helmsman.live.push.connections"), heap, requests, clock.instant());
    }

    private int gauge(String name) {
        return (int) registry.find(name).gauges().stream().mapToDouble(g -> g.value()).filter(v -> !Double.isNaN(v)).sum();
    }

    @PreDestroy
    void stop() {
        reporter.shutdownNow();
    }
}
