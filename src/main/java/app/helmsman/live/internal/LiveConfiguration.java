package app.helmsman.live.internal;

import app.helmsman.live.LiveSettings;
import app.helmsman.live.RedisConnections;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** Chooses the bus: Redis when {@code REDIS_URL} is set, otherwise in process. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean(destroyMethod = "close")
    LiveBusHolder liveBus(LiveSettings settings, LiveMetrics metrics) {
        if (!settings.usesRedis()) {
            return new LiveBusHolder(new InProcessBus(), null);
        }
        var factory = connectionFactory(settings.redisUrl());
        return new LiveBusHolder(new RedisBus(factory, settings.channel(), metrics), factory);
    }

    /**
     * Redis connections that fail fast while Redis is away (2 s command timeout, commands rejected while
     * disconnected) and retry every second, so the bus notices an outage and a recovery within seconds.
     */
    static LettuceConnectionFactory connectionFactory(String url) {
        var resources = DefaultClientResources.builder().reconnectDelay(Delay.constant(Duration.ofSeconds(1))).build();
        return RedisConnections.start(url, Duration.ofSeconds(2), resources);
    }

    /** Redis in the health checks ("redis"): a PING; not part of readiness (live updates stay per instance without it). */
    @Bean
    org.springframework.boot.health.contributor.HealthIndicator redisHealthIndicator(LiveBusHolder holder) {
        return () -> {
            if (holder.factory() == null) {
                return org.springframework.boot.health.contributor.Health.unknown()
                        .withDetail("state", "not configured (REDIS_URL): live updates and presence stay on this instance").build();
            }
            try (var connection = holder.factory().getConnection()) {
                return "PONG".equalsIgnoreCase(connection.ping()) ? org.springframework.boot.health.contributor.Health.up().build()
                        : org.springframework.boot.health.contributor.Health.down().withDetail("state", "no PONG").build();
            } catch (RuntimeException e) {
                return org.springframework.boot.health.contributor.Health.down(e).build();
            }
        };
    }

    /** Presence in the same Redis as the hints, or in process. */
    @Bean
    PresenceStore presenceStore(LiveBusHolder holder) {
        return holder.factory() == null ? new InProcessPresence() : new RedisPresence(holder.factory(), Duration.ofMinutes(2));
    }

    /** Replica reports for the ops console in the same Redis, or none. */
    @Bean
    ReplicaStore replicaStore(LiveBusHolder holder) {
        return holder.factory() == null ? ReplicaStore.NONE : new RedisReplicaStore(holder.factory());
    }

    @Bean
    LiveBus bus(LiveBusHolder holder) {
        return holder.bus();
    }

    /** Tracks open UIs for the {@code helmsman.live.ui.active} and {@code helmsman.live.push.connections} gauges. */
    @Bean
    VaadinServiceInitListener activeUiCounter(LiveMetrics metrics) {
        Set<UI> open = ConcurrentHashMap.newKeySet();
        metrics.activeUis(open::size);
        metrics.pushConnections(() -> (int) open.stream().filter(LiveConfiguration::pushConnected).count());
        return event -> event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            open.add(ui);
            ui.addDetachListener(detach -> open.remove(ui));
        });
    }

    /**
     * Vaadin's Push client runs Atmosphere at its debug log level: every page load wrote a dozen lines about its
     * connection to the console, a few milliseconds of a phone's main thread (issue 17, ADR 0034). Warnings and
     * errors are still logged; Vaadin's own connection indicator shows a lost connection either way.
     */
    static final String PUSH_LOG_LEVEL = "warn";

    @Bean
    VaadinServiceInitListener quietPushClient() {
        return event -> event.getSource().addUIInitListener(init -> init.getUI().getPushConfiguration().setParameter("logLevel", PUSH_LOG_LEVEL));
    }

    private static boolean pushConnected(UI ui) {
        var push = ui.getInternals().getPushConnection();
        return push != null && push.isConnected();
    }

    record LiveBusHolder(LiveBus bus, LettuceConnectionFactory factory) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (bus instanceof AutoCloseable closeable) {
                closeable.close();
            }
            if (factory != null) {
                factory.destroy();
                factory.getClientConfiguration().getClientResources().ifPresent(resources -> resources.shutdown());
            }
        }
    }
}
