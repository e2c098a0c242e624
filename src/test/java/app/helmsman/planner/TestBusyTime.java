package app.helmsman.planner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestComponent;

/** A calendar for tests: commitments a test gives a person; nobody is busy until then. */
@TestComponent
public class TestBusyTime implements BusyTimeSource {

    private final Map<UUID, List<BusyTime>> busy = new ConcurrentHashMap<>();

    public void add(UUID user, Instant start, Instant end, String title) {
        busy.computeIfAbsent(user, u -> new ArrayList<>()).add(new BusyTime(start, end, title, false));
    }

    public void clear() {
        busy.clear();
    }

    @Override
    public List<BusyTime> busy(UUID userId, Instant from, Instant to) {
        return busy.getOrDefault(userId, List.of()).stream().filter(b -> b.start().isBefore(to) && b.end().isAfter(from)).toList();
    }
}
