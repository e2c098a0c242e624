package app.helmsman.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Issue 12 item 5: the load phase cut into windows, each with its own round trips, errors, server CPU and heap in
 * use after full GCs, so that a leak or a drift shows as a trend. The full GCs run between windows and their CPU is
 * left out of both windows.
 */
final class Soak implements AutoCloseable {

    /** One window: when it ended (minutes into the load phase) and what happened in it. */
    record Window(double endMinutes, int actions, double perSecond, double p50, double p95, double p99, int errors, double heapMb,
            double cpuMsPerAction) {
    }

    private final Stats load;
    private final ServerProbe probe;
    private final Duration every;
    private final List<Window> windows = new ArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;

    private Soak(Stats load, ServerProbe probe, Duration every) {
        this.load = load;
        this.probe = probe;
        this.every = every;
        this.thread = Thread.ofPlatform().daemon().name("soak-windows").unstarted(this::loop);
    }

    /** Starts cutting {@code load} into windows of {@code every}; {@link #close()} drops the unfinished last window. */
    static Soak start(Stats load, ServerProbe probe, Duration every) {
        var soak = new Soak(load, probe, every);
        soak.thread.start();
        return soak;
    }

    synchronized List<Window> windows() {
        return List.copyOf(windows);
    }

    private void loop() {
        long start = System.nanoTime();
        var window = new Stats();
        load.tee(window);
        long cpuStart = probe.cpuNanos();
        for (int i = 1; !stopped; i++) {
            long until = start + every.toNanos() * i;
            while (!stopped && System.nanoTime() < until) {
                LockSupport.parkNanos(until - System.nanoTime()); // close() unparks: a window in progress is not cut short
            }
            if (stopped) {
                return;
            }
            var next = new Stats();
            load.tee(next);
            var summary = window.actions();
            long cpuEnd = probe.cpuNanos();
            long heap = probe.heapAfterGc();
            double seconds = every.toNanos() / 1e9;
            var row = new Window(every.toSeconds() * i / 60.0, summary.count(), summary.count() / seconds, summary.p50(), summary.p95(),
                    summary.p99(), summary.errors(), heap < 0 ? Double.NaN : heap / 1048576.0,
                    cpuStart < 0 || summary.count() == 0 ? Double.NaN : (cpuEnd - cpuStart) / 1e6 / summary.count());
            synchronized (this) {
                windows.add(row);
            }
            System.err.println("soak window " + i + ": " + row);
            window = next;
            cpuStart = probe.cpuNanos();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        LockSupport.unpark(thread);
        thread.join(Duration.ofMinutes(2));
        load.tee(null);
    }
}
