package app.helmsman.calendar;

import app.helmsman.calendar.internal.spi.BlockWriter;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SourceSynchronizer;
import app.helmsman.calendar.internal.spi.SyncBatch;
import app.helmsman.calendar.internal.spi.SyncFailure;
import app.helmsman.calendar.internal.spi.SyncRequest;
import app.helmsman.planner.BlockMovedInCalendar;
import app.helmsman.planner.BusyTimeChanged;
import app.helmsman.planner.PlannedBlock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A provider for the calendar tests (in every test context, scanned from the test sources): while {@link #arm()}ed
 * it syncs and writes GOOGLE and OUTLOOK calendars ahead of any real provider, answering what a test scripted per
 * calendar id, and keeping the provider-side events it wrote. Also records the planner events the calendar publishes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FakeProvider implements SourceSynchronizer, BlockWriter {

    /** A provider-side event: Helmsman's (with its block) or someone else's. */
    public record ProviderEvent(String id, UUID blockId, PlannedBlock block, boolean helmsmans) {
    }

    private volatile boolean armed;
    private final Map<String, Deque<Object>> scripts = new ConcurrentHashMap<>();
    public final List<SyncRequest> requests = new CopyOnWriteArrayList<>();
    public final Map<String, ProviderEvent> events = new ConcurrentHashMap<>();
    public final AtomicInteger upserts = new AtomicInteger();
    public final AtomicInteger deletes = new AtomicInteger();
    public final List<BlockMovedInCalendar> moved = new CopyOnWriteArrayList<>();
    public final List<BusyTimeChanged> busyChanged = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    public void arm() {
        reset();
        armed = true;
    }

    public void disarm() {
        armed = false;
        reset();
    }

    private void reset() {
        scripts.clear();
        requests.clear();
        events.clear();
        upserts.set(0);
        deletes.set(0);
        moved.clear();
        busyChanged.clear();
    }

    /** The next answers for a calendar: {@link SyncBatch}es, {@link SyncFailure}s, RuntimeExceptions or Callables answering a batch, in order. */
    public void script(String calendarId, Object... answers) {
        scripts.computeIfAbsent(calendarId, id -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    /** An event someone else put into the provider calendar. */
    public String foreign(String title) {
        var id = "foreign-" + ids.incrementAndGet();
        events.put(id, new ProviderEvent(id, null, null, false));
        return id;
    }

    @Override
    public boolean handles(SourceKind kind) {
        return armed && (kind == SourceKind.GOOGLE || kind == SourceKind.OUTLOOK);
    }

    @Override
    public SyncBatch fetch(SyncRequest request) throws SyncFailure {
        requests.add(request);
        var script = scripts.get(request.externalCalendarId());
        var next = script == null ? null : script.poll();
        return switch (next) {
            case null -> new SyncBatch(false, List.of(), List.of(), request.cursor());
            case SyncBatch batch -> batch;
            case SyncFailure failure -> throw failure;
            case RuntimeException e -> throw e;
            case java.util.concurrent.Callable<?> answer -> {
                try {
                    yield (SyncBatch) answer.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            default -> throw new IllegalStateException("unknown script entry " + next);
        };
    }

    @Override
    public String upsert(UUID connectionId, String externalCalendarId, String externalId, PlannedBlock block) {
        upserts.incrementAndGet();
        var existing = externalId == null ? null : events.get(externalId);
        var id = existing != null && existing.helmsmans() ? externalId : "helmsman-" + ids.incrementAndGet();
        events.put(id, new ProviderEvent(id, block.blockId(), block, true));
        return id;
    }

    @Override
    public void delete(UUID connectionId, String externalCalendarId, String externalId) {
        deletes.incrementAndGet();
        var existing = events.get(externalId);
        if (existing != null && existing.helmsmans()) {
            events.remove(externalId);
        }
    }

    @EventListener
    void on(BlockMovedInCalendar event) {
        moved.add(event);
    }

    @EventListener
    void on(BusyTimeChanged event) {
        busyChanged.add(event);
    }
}
