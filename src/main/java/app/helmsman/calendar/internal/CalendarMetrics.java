package app.helmsman.calendar.internal;

import app.helmsman.calendar.SourceState;
import app.helmsman.calendar.internal.spi.SourceKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Calendar sync metrics: {@code helmsman_calendar_sync_total{provider,outcome}}, the sync duration histogram
 * {@code helmsman_calendar_sync_duration_seconds{provider}} and {@code helmsman_calendar_sources{state}}
 * (refreshed after every round).
 */
@Component
class CalendarMetrics {

    /** Outcomes of one sync, as the {@code outcome} tag says them. */
    enum Outcome {
        SUCCESS, NEEDS_RECONNECTING, RATE_LIMITED, TEMPORARY, PERMANENT;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;
    private final Map<SourceState, AtomicInteger> byState = new EnumMap<>(SourceState.class);

    CalendarMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (var kind : SourceKind.values()) {
            if (kind != SourceKind.ICS_FILE) {
                for (var outcome : Outcome.values()) {
                    counter(kind, outcome);
                }
                timer(kind);
            }
        }
        for (var state : SourceState.values()) {
            var value = new AtomicInteger();
            byState.put(state, value);
            Gauge.builder("helmsman.calendar.sources", value, AtomicInteger::get).description("Calendars by sync state")
                    .tag("state", state.name().toLowerCase(Locale.ROOT)).register(registry);
        }
    }

    void synced(SourceKind kind, Outcome outcome, Duration duration) {
        counter(kind, outcome).increment();
        timer(kind).record(duration);
    }

    void states(Map<SourceState, Integer> counts) {
        counts.forEach((state, count) -> byState.get(state).set(count));
    }

    private Counter counter(SourceKind kind, Outcome outcome) {
        return Counter.builder("helmsman.calendar.sync").description("Calendar syncs by provider and outcome")
                .tag("provider", provider(kind)).tag("outcome", outcome.tag()).register(registry);
    }

    private Timer timer(SourceKind kind) {
        return Timer.builder("helmsman.calendar.sync.duration").description("How long one calendar's sync took (fetch and store)")
                .tag("provider", provider(kind)).publishPercentileHistogram().register(registry);
    }

    static String provider(SourceKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
