package app.helmsman.admin;

import app.helmsman.live.LiveReplicas;
import app.helmsman.platform.AiUsageDaily;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The live metrics panel: every replica's live figures (each reports its own to Redis, {@link LiveReplicas}), this
 * instance's own meters (the same ones Prometheus scrapes; counters count since it started), and today's AI usage
 * across replicas and restarts ({@link AiUsageDaily}, days in UTC).
 */
@Service
public class MetricsService {

    /** One figure, in words. */
    public record Figure(String name, String value) {
    }

    /** The figures at one moment, every replica's live figures, and the total of HTTP requests then (for a rate between two readings). */
    public record Reading(List<Figure> figures, LiveReplicas.Replicas replicas, long requests, long atNanos) {
    }

    private final MeterRegistry registry;
    private final LiveReplicas replicas;
    private final AiUsageDaily aiUsage;

    MetricsService(MeterRegistry registry, LiveReplicas replicas, AiUsageDaily aiUsage) {
        this.registry = registry;
        this.replicas = replicas;
        this.aiUsage = aiUsage;
    }

    /** Reads every figure now; with the previous reading, the request rate between the two. */
    @PreAuthorize("hasRole('ADMIN')")
    public Reading read(Reading previous) {
        var figures = new ArrayList<Figure>();
        figures.add(new Figure("Signed-in people with a window open", whole(gauge("helmsman.live.users.active"))));
        figures.add(new Figure("Open windows (UIs)", whole(gauge("helmsman.live.ui.active"))));
        figures.add(new Figure("Push connections", whole(gauge("helmsman.live.push.connections"))));
        var timers = registry.find("http.server.requests").timers();
        long requests = timers.stream().mapToLong(Timer::count).sum();
        long now = System.nanoTime();
        if (previous != null && now > previous.atNanos()) {
            double seconds = (now - previous.atNanos()) / 1e9;
            figures.add(new Figure("Requests per second", String.format(Locale.ROOT, "%.1f", (requests - previous.requests()) / seconds)));
        } else {
            figures.add(new Figure("Requests per second", "measuring…"));
        }
        figures.add(new Figure("Requests since start", whole(requests)));
        figures.add(new Figure("Request time, 95th percentile (since start)", p95(timers)));
        figures.add(new Figure("Heap used", mib(sum("jvm.memory.used", "heap")) + " of " + mib(sum("jvm.memory.max", "heap"))));
        var pauses = registry.find("jvm.gc.pause").timers();
        figures.add(new Figure("Garbage collection pauses", whole(pauses.stream().mapToLong(Timer::count).sum()) + ", "
                + String.format(Locale.ROOT, "%.0f ms", pauses.stream().mapToDouble(t -> t.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).sum())
                + " in total"));
        figures.add(new Figure("Database connections", whole(gauge("hikaricp.connections.active")) + " active, " + whole(gauge("hikaricp.connections.idle"))
                + " idle, " + whole(gauge("hikaricp.connections.pending")) + " waiting, at most " + whole(gauge("hikaricp.connections.max"))));
        figures.add(new Figure("AI requests since start", whole(counter("helmsman.assist.requests"))));
        figures.add(new Figure("AI tokens since start", whole(counter("helmsman.assist.tokens"))));
        figures.add(new Figure("AI estimated cost since start", String.format(Locale.ROOT, "%.4f USD", counter("helmsman.assist.cost"))));
        var today = aiUsage.on(aiUsage.today());
        figures.add(new Figure("AI provider calls today (UTC, every replica)", whole(today.requests())));
        figures.add(new Figure("AI tokens today (UTC, every replica)", whole(today.tokens())));
        figures.add(new Figure("AI estimated cost today (UTC, every replica)", String.format(Locale.ROOT, "%.4f USD", today.costUsd())));
        figures.add(new Figure("AI acceptance rate (brain-dump proposals since start)", acceptance()));
        double syncsOk = counterTagged("helmsman.calendar.sync", "outcome", "success");
        figures.add(new Figure("Calendar syncs since start", whole(syncsOk) + " ok, " + whole(counter("helmsman.calendar.sync") - syncsOk) + " failed"));
        figures.add(new Figure("Reminders sent since start", whole(counter("helmsman.reminders.delivered"))));
        return new Reading(List.copyOf(figures), replicas.replicas(), requests, now);
    }

    private double gauge(String name) {
        return registry.find(name).gauges().stream().mapToDouble(g -> g.value()).filter(v -> !Double.isNaN(v)).sum();
    }

    private double counter(String name) {
        return registry.find(name).counters().stream().mapToDouble(c -> c.count()).sum()
                + registry.find(name).functionCounters().stream().mapToDouble(c -> c.count()).sum();
    }

    private double counterTagged(String name, String tag, String value) {
        return registry.find(name).tag(tag, value).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    /** Accepted as proposed plus accepted with changes, of every proposal decided on; with the three counts. */
    private String acceptance() {
        double accepted = counterTagged("helmsman.assist.proposals", "decision", "accepted");
        double edited = counterTagged("helmsman.assist.proposals", "decision", "edited");
        double rejected = counterTagged("helmsman.assist.proposals", "decision", "rejected");
        double all = accepted + edited + rejected;
        if (all == 0) {
            return "no reviews saved yet";
        }
        return String.format(Locale.ROOT, "%.0f%% kept (%s accepted, %s edited, %s rejected)", 100 * (accepted + edited) / all, whole(accepted),
                whole(edited), whole(rejected));
    }

    private double sum(String name, String area) {
        return registry.find(name).tag("area", area).gauges().stream().mapToDouble(g -> g.value()).filter(v -> v > 0).sum();
    }

    /** The upper bound of the histogram bucket that holds the 95th percentile, over every URI and status. */
    private static String p95(java.util.Collection<Timer> timers) {
        var buckets = new TreeMap<Double, Double>();
        long total = 0;
        for (var timer : timers) {
            var snapshot = timer.takeSnapshot();
            total += snapshot.count();
            for (var bucket : snapshot.histogramCounts()) {
                buckets.merge(bucket.bucket(java.util.concurrent.TimeUnit.MILLISECONDS), bucket.count(), Double::sum);
            }
        }
        if (total == 0 || buckets.isEmpty()) {
            return "no requests yet";
        }
        for (var bucket : buckets.entrySet()) {
            if (bucket.getValue() >= 0.95 * total) {
                return String.format(Locale.ROOT, "under %.0f ms", bucket.getKey());
            }
        }
        return "over " + String.format(Locale.ROOT, "%.0f ms", buckets.lastKey());
    }

    private static String whole(double value) {
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    private static String mib(double bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024 * 1024));
    }
}
