package app.helmsman.live.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.springframework.stereotype.Component;

/**
 * helmsman.live.* metrics: subscribed views, open UIs, hints published and delivered per topic, fan-out
 * latency (commit to the view's update running in {@code ui.access}), Redis reconnects, dropped hints.
 */
@Component
public class LiveMetrics {

    private final MeterRegistry registry;
    private final Timer latency;
    private final Counter reconnects;

    LiveMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("helmsman.live.fanout.latency").description("From commit to the view's update")
                .publishPercentileHistogram().register(registry);
        this.reconnects = Counter.builder("helmsman.live.redis.reconnects").description("Redis connections regained").register(registry);
        Counter.builder("helmsman.live.hints.dropped").tag("reason", "unreadable").register(registry);
        // Known topics from the start, so dashboards and checks find the series before the first change.
        for (var topic : new String[] {"settings", "tasks", "projects", "presence"}) {
            Counter.builder("helmsman.live.hints.published").tag("topic", topic).register(registry);
            Counter.builder("helmsman.live.hints.delivered").tag("topic", topic).register(registry);
        }
        Counter.builder("helmsman.live.hints.dropped").tag("reason", "redis-unavailable").register(registry);
    }

    public void subscriptions(IntSupplier count) {
        Gauge.builder("helmsman.live.subscriptions", count::getAsInt).description("Views subscribed to live updates").register(registry);
    }

    public void activeUsers(IntSupplier count) {
        Gauge.builder("helmsman.live.users.active", count::getAsInt).description("People with at least one open view on this instance")
                .register(registry);
    }

    public void activeUis(IntSupplier count) {
        Gauge.builder("helmsman.live.ui.active", count::getAsInt).description("Open UIs (browser tabs) on this instance").register(registry);
    }

    public void pushConnections(IntSupplier count) {
        Gauge.builder("helmsman.live.push.connections", count::getAsInt).description("Open Push connections (WebSocket or long polling)")
                .register(registry);
    }

    /** 1 while this instance reaches Redis, 0 while its live updates reach this instance only. */
    public void redisUp(IntSupplier up) {
        Gauge.builder("helmsman.live.redis.up", up::getAsInt).description("1 while Redis is reachable from this instance").register(registry);
    }

    public void presence(IntSupplier count) {
        Gauge.builder("helmsman.live.presence.views", count::getAsInt).description("Open views on this instance that show who else is there")
                .register(registry);
    }

    public void published(String topic) {
        Counter.builder("helmsman.live.hints.published").tag("topic", topic).register(registry).increment();
    }

    public void delivered(String topic, Duration sincePublished) {
        Counter.builder("helmsman.live.hints.delivered").tag("topic", topic).register(registry).increment();
        latency.record(sincePublished.isNegative() ? Duration.ZERO : sincePublished);
    }

    public void dropped(String reason) {
        Counter.builder("helmsman.live.hints.dropped").tag("reason", reason).register(registry).increment();
    }

    public void reconnected() {
        reconnects.increment();
    }
}
