package app.helmsman.loadtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Round trips, errors and skips per kind of action, safe to record from many sessions at once. */
final class Stats {

    /** What a simulated person does. */
    enum Kind {
        SIGN_IN, NAVIGATE, QUICK_ADD, COMPLETE_UNDO, OPEN_DETAILS, OPEN_PROJECT, SEARCH, BRAIN_DUMP
    }

    /** Figures of one kind: count of successes, latencies in ms (sorted), errors and skips. */
    record Summary(Kind kind, int count, int errors, int skipped, double p50, double p95, double p99) {
    }

    private final Map<Kind, List<Double>> latencies = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> errors = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> skipped = new EnumMap<>(Kind.class);
    private final Map<String, Integer> errorMessages = new ConcurrentHashMap<>();
    private final Map<String, Integer> notes = new ConcurrentHashMap<>();
    /** A second recorder that sees every success and error too (a soak's current window), or null. */
    private volatile Stats tee;

    void tee(Stats window) {
        this.tee = window;
    }

    synchronized void ok(Kind kind, long nanos) {
        latencies.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos / 1e6);
        var window = tee;
        if (window != null) {
            window.ok(kind, nanos);
        }
    }

    synchronized void error(Kind kind, Throwable cause) {
        var window = tee;
        if (window != null) {
            window.error(kind, cause);
        }
        errors.merge(kind, 1, Integer::sum);
        var message = kind + ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
                .replaceAll("person-\\d+@loadtest\\.example", "<person>");
        errorMessages.merge(message.length() > 300 ? message.substring(0, 300) : message, 1, Integer::sum);
    }

    /** Something worth reporting that is not an error. */
    void note(String message) {
        notes.merge(message, 1, Integer::sum);
    }

    Map<String, Integer> notes() {
        return Map.copyOf(notes);
    }

    synchronized void skip(Kind kind) {
        skipped.merge(kind, 1, Integer::sum);
    }

    synchronized Summary summary(Kind kind) {
        var sorted = latencies.getOrDefault(kind, List.of()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Summary(kind, sorted.length, errors.getOrDefault(kind, 0), skipped.getOrDefault(kind, 0),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    /** All actions except signing in, together. */
    synchronized Summary actions() {
        var all = latencies.entrySet().stream().filter(e -> e.getKey() != Kind.SIGN_IN).flatMap(e -> e.getValue().stream())
                .mapToDouble(Double::doubleValue).sorted().toArray();
        int err = errors.entrySet().stream().filter(e -> e.getKey() != Kind.SIGN_IN).mapToInt(Map.Entry::getValue).sum();
        int skip = skipped.entrySet().stream().filter(e -> e.getKey() != Kind.SIGN_IN).mapToInt(Map.Entry::getValue).sum();
        return new Summary(null, all.length, err, skip, percentile(all, 50), percentile(all, 95), percentile(all, 99));
    }

    synchronized int totalErrors() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    Map<String, Integer> errorMessages() {
        return Map.copyOf(errorMessages);
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }

    static double percentile(List<Double> values, int p) {
        return percentile(values.stream().mapToDouble(Double::doubleValue).sorted().toArray(), p);
    }

    @Override
    public synchronized String toString() {
        return Arrays.stream(Kind.values()).map(this::summary).toList().toString();
    }
}
