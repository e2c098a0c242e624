package app.helmsman.live.internal;

import io.micrometer.core.instrument.MeterRegistry;

/** Builds the real Redis bus outside a Spring context, for tests of several "instances" in one JVM. */
public final class TestBuses {

    private TestBuses() {
    }

    public static LiveBus redis(String url, String channel, MeterRegistry meters) {
        var factory = LiveConfiguration.connectionFactory(url);
        var holder = new LiveConfiguration.LiveBusHolder(new RedisBus(factory, channel, new LiveMetrics(meters)), factory);
        HOLDERS.put(holder.bus(), holder);
        return holder.bus();
    }

    private static final java.util.Map<LiveBus, AutoCloseable> HOLDERS = new java.util.concurrent.ConcurrentHashMap<>();

    public static void close(LiveBus bus) throws Exception {
        var holder = HOLDERS.remove(bus);
        if (holder != null) {
            holder.close();
        }
    }
}
