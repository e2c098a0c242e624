package app.helmsman.loadtest;

import app.helmsman.loadtest.Stats.Kind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The driver's command line and its Markdown result table. */
final class Report {

    private Report() {
    }

    /** {@code --name value} pairs. */
    static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    /** Live anonymous sessions and their evictions so far, from the management port's Prometheus scrape. */
    static String anonymousSessions(String managementUrl) {
        try (var http = HttpClient.newHttpClient()) {
            var body = http.send(HttpRequest.newBuilder(URI.create(managementUrl + "/actuator/prometheus")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return "live " + metric(body, "helmsman_sessions_anonymous") + ", evicted " + metric(body, "helmsman_sessions_anonymous_evicted_total")
                    + ", sessions created " + metric(body, "tomcat_sessions_created_sessions_total");
        } catch (Exception e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static String metric(String scrape, String name) {
        return scrape.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1)).findFirst().orElse("?");
    }

    static String markdown(LoadDriver.Result r) {
        var c = r.config();
        var out = new StringBuilder();
        out.append("## Helmsman load run\n\n");
        out.append("%d sessions (%d signed in) over %d accounts, %s scenario, %d s, think %.1f s (exponential), ramp %d s; load average %s%n%n"
                .formatted(c.sessions(), r.signedIn(), c.people(), c.mixed() ? "mixed" : "navigate", c.duration().toSeconds(),
                        c.thinkMean().toMillis() / 1000.0, c.ramp().toSeconds(), loadAverage()));
        out.append("| Figure | Value |\n|---|---|\n");
        if (c.anonymousVisits() > 0) {
            row(out, "Retained heap per anonymous sign-in page visit (" + c.anonymousVisits() + " visits, no cookies kept)",
                    fmt("%.1f KB", r.heapPerAnonymousVisitKb()));
        }
        row(out, "Retained heap per signed-in session, Today (25 rows)", kb(r.heapPerSessionTodayKb()));
        row(out, "Retained heap per session after Today then Inbox (50 rows)", kb(r.heapPerSessionTodayInboxKb()));
        row(out, "Server CPU per action (" + (c.mixed() ? "mixed" : "navigation Today <-> Inbox") + ")",
                Double.isNaN(r.cpuMsPerAction()) ? "n/a" : fmt("%.2f ms", r.cpuMsPerAction()));
        row(out, "One warm session, navigation round trip p50/p95", fmt("%.1f / %.1f ms", r.warmP50(), r.warmP95()));
        row(out, c.sessions() + " sessions, " + fmt("%.0f", c.thinkMean().toMillis() / 1000.0) + " s exponential think: p95, actions/s, navigations/s",
                fmt("%.1f ms, %.1f/s, %.1f/s", r.actions().p95(), r.actionsPerSecond(), r.navigationsPerSecond()));
        row(out, c.sessions() + " sessions: p50/p95/p99 of all actions, errors, skipped",
                fmt("%.1f / %.1f / %.1f ms, %d errors, %d skipped", r.actions().p50(), r.actions().p95(), r.actions().p99(), r.errors(),
                        r.actions().skipped()));
        if (!r.anonymousSessions().isEmpty()) {
            row(out, "Anonymous sessions (before -> after)", r.anonymousSessions());
        }
        out.append("\n| Action | Done | Errors | Skipped | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (var s : r.kinds().values()) {
            out.append(fmt("| %s | %d | %d | %d | %.1f | %.1f | %.1f |%n", name(s.kind()), s.count(), s.errors(), s.skipped(), s.p50(), s.p95(),
                    s.p99()));
        }
        if (!r.windows().isEmpty()) {
            out.append("\nSoak, window by window (heap in use after full GCs at the end of each window):\n\n");
            out.append("| Minute | Actions | Actions/s | p50 ms | p95 ms | p99 ms | Errors | Heap after GC | CPU per action |\n");
            out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (var w : r.windows()) {
                out.append(fmt("| %.0f | %d | %.1f | %.1f | %.1f | %.1f | %d | %.0f MB | %.1f ms |%n", w.endMinutes(), w.actions(), w.perSecond(), w.p50(),
                        w.p95(), w.p99(), w.errors(), w.heapMb(), w.cpuMsPerAction()));
            }
        }
        if (!r.errorMessages().isEmpty()) {
            out.append("\nErrors:\n");
            r.errorMessages().forEach((message, count) -> out.append("- ").append(count).append(" x ").append(message).append('\n'));
        }
        if (!r.notes().isEmpty()) {
            out.append("\nNotes:\n");
            r.notes().forEach((message, count) -> out.append("- ").append(count).append(" x ").append(message).append('\n'));
        }
        return out.toString();
    }

    private static String name(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static void row(StringBuilder out, String figure, String value) {
        out.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }

    private static String kb(double kb) {
        return Double.isNaN(kb) ? "n/a" : fmt("%.0f KB", kb);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String loadAverage() {
        try {
            var parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2] + " (" + Runtime.getRuntime().availableProcessors() + " CPUs)";
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
