package app.helmsman.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A simple load driver for fault tests: each kind of step (a sign-in over HTTP, an edit through a
 * service) runs again and again on its own thread, 100 ms after the previous one ended, and every
 * attempt is recorded with its start, duration and outcome so a test can count what failed during a
 * fault and what worked after it.
 */
final class LoadLoop implements AutoCloseable {

    /** One attempt; {@code problem} is null when it worked. */
    record Attempt(String kind, Instant startedAt, Duration took, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private final List<ScheduledExecutorService> drivers = new ArrayList<>();

    /** Runs the step repeatedly; it returns null when the attempt worked, else what went wrong. */
    LoadLoop add(String kind, Supplier<String> step) {
        var driver = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("load-" + kind).factory());
        drivers.add(driver);
        driver.scheduleWithFixedDelay(() -> {
            var startedAt = Instant.now();
            long start = System.nanoTime();
            String problem;
            try {
                problem = step.get();
            } catch (RuntimeException e) {
                problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            attempts.add(new Attempt(kind, startedAt, Duration.ofNanos(System.nanoTime() - start), problem));
        }, 0, 100, TimeUnit.MILLISECONDS);
        return this;
    }

    List<Attempt> attempts(String kind) {
        return attempts.stream().filter(a -> a.kind().equals(kind)).toList();
    }

    long ok(String kind, Instant from, Instant to) {
        return attempts(kind).stream().filter(a -> a.ok() && !a.startedAt().isBefore(from) && a.startedAt().isBefore(to)).count();
    }

    long failed(String kind, Instant from, Instant to) {
        return attempts(kind).stream().filter(a -> !a.ok() && !a.startedAt().isBefore(from) && a.startedAt().isBefore(to)).count();
    }

    /** The first attempt at or after {@code from} that worked. */
    Instant firstOkAfter(String kind, Instant from) {
        return attempts(kind).stream().filter(a -> a.ok() && !a.startedAt().isBefore(from)).map(Attempt::startedAt).findFirst()
                .orElse(null);
    }

    Duration slowestFailure(String kind) {
        return attempts(kind).stream().filter(a -> !a.ok()).map(Attempt::took).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    List<String> problems(String kind) {
        return attempts(kind).stream().filter(a -> !a.ok()).map(Attempt::problem).distinct().toList();
    }

    /** Stops every driver and waits for the attempts in flight to end. */
    @Override
    public void close() throws InterruptedException {
        drivers.forEach(ScheduledExecutorService::shutdown);
        for (var driver : drivers) {
            driver.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    static Instant now() {
        return Instant.now();
    }
}
