package app.helmsman.assist.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@link UsageLimits} for a single instance: counters in memory, one minute window and one day per person. */
final class InMemoryUsageLimits implements UsageLimits {

    private record Window(long minute, int requests) {
    }

    private record Spend(LocalDate day, long tokens) {
    }

    private final int requestsPerMinute;
    private final long dailyTokens;
    private final Map<UUID, Window> windows = new ConcurrentHashMap<>();
    private final Map<UUID, Spend> spends = new ConcurrentHashMap<>();

    InMemoryUsageLimits(int requestsPerMinute, long dailyTokens) {
        this.requestsPerMinute = requestsPerMinute;
        this.dailyTokens = dailyTokens;
    }

    @Override
    public Verdict admit(UUID user, LocalDate day, Instant now) {
        var spend = spends.get(user);
        if (spend != null && spend.day().equals(day) && spend.tokens() >= dailyTokens) {
            return Verdict.BUDGET_SPENT;
        }
        long minute = now.getEpochSecond() / 60;
        var window = windows.compute(user, (id, w) -> w == null || w.minute() != minute ? new Window(minute, 1)
                : new Window(minute, w.requests() + 1));
        return window.requests() > requestsPerMinute ? Verdict.RATE_LIMITED : Verdict.ALLOWED;
    }

    @Override
    public void charge(UUID user, LocalDate day, long tokens) {
        spends.compute(user, (id, s) -> s == null || !s.day().equals(day) ? new Spend(day, tokens)
                : new Spend(day, s.tokens() + tokens));
    }
}
