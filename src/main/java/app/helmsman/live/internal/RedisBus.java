package app.helmsman.live.internal;

import app.helmsman.live.LiveHint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hints across replicas over Redis pub/sub. Every instance, the sender included, receives each hint
 * from Redis. Messages are only hints: a lost one costs a refresh, so after Redis comes back every open
 * view refreshes once. A message that cannot be read is logged and dropped.
 */
final class RedisBus implements LiveBus, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisBus.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RedisConnectionFactory connections;
    private final StringRedisTemplate redis;
    private volatile RedisMessageListenerContainer listeners;
    private final String channel;
    private final LiveMetrics metrics;
    private final List<Consumer<LiveHint>> receivers = new CopyOnWriteArrayList<>();
    private final List<Runnable> reconnectCallbacks = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("live-redis-watch").factory());
    private volatile boolean up = true;

    RedisBus(RedisConnectionFactory connections, String channel, LiveMetrics metrics) {
        this.connections = connections;
        this.channel = channel;
        this.metrics = metrics;
        this.redis = new StringRedisTemplate(connections);
        this.listeners = subscribe();
        metrics.redisUp(() -> up ? 1 : 0);
        watchdog.scheduleWithFixedDelay(this::checkConnection, 1, 1, TimeUnit.SECONDS);
    }

    private RedisMessageListenerContainer subscribe() {
        var container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.setRecoveryInterval(1000L);
        container.addMessageListener((message, pattern) -> receive(message), new ChannelTopic(channel));
        container.afterPropertiesSet();
        container.start();
        return container;
    }

    @Override
    public void send(LiveHint hint) {
        try {
            redis.convertAndSend(channel, JSON.writeValueAsString(hint));
        } catch (RuntimeException e) {
            // Redis is away: this instance's own views still hear about it; the others refresh on reconnect.
            log.warn("Live hint not sent through Redis ({}); delivered on this instance only", e.getMessage());
            metrics.dropped("redis-unavailable");
            receivers.forEach(receiver -> receiver.accept(hint));
        }
    }

    @Override
    public void onReceive(Consumer<LiveHint> receiver) {
        receivers.add(receiver);
    }

    @Override
    public void onReconnect(Runnable callback) {
        reconnectCallbacks.add(callback);
    }

    void receive(Message message) {
        LiveHint hint;
        try {
            hint = JSON.readValue(new String(message.getBody(), StandardCharsets.UTF_8), LiveHint.class);
            if (hint.topic() == null || hint.users() == null || hint.publishedAt() == null) {
                throw new IllegalArgumentException("incomplete hint");
            }
        } catch (RuntimeException e) {
            log.warn("Dropped an unreadable live message on {}: {}", channel, e.getMessage());
            metrics.dropped("unreadable");
            return;
        }
        receivers.forEach(receiver -> receiver.accept(hint));
    }

    private void checkConnection() {
        boolean reachable;
        try (var connection = connections.getConnection()) {
            reachable = "PONG".equalsIgnoreCase(connection.ping());
        } catch (RuntimeException e) {
            reachable = false;
        }
        if (reachable && !up) {
            log.info("Redis is back: open views refresh once");
            metrics.reconnected();
            // A fresh subscription: the old one may still be waiting out its connection's back-off.
            var old = listeners;
            listeners = subscribe();
            try {
                old.destroy();
            } catch (Exception e) {
                log.debug("Old Redis subscription did not close cleanly: {}", e.getMessage());
            }
            // Give the listener container a moment to resubscribe before views re-read.
            watchdog.schedule(() -> reconnectCallbacks.forEach(Runnable::run), 500, TimeUnit.MILLISECONDS);
        } else if (!reachable && up) {
            log.warn("Redis is unreachable: live updates reach this instance only until it returns");
        }
        up = reachable;
    }

    @Override
    public void close() throws Exception {
        watchdog.shutdownNow();
        listeners.stop();
        listeners.destroy();
    }
}
