package app.helmsman.live.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Presence across replicas: one Redis hash per place ({@code helmsman:presence:<id>}), a field per open
 * view holding its person and expiry. The hash itself expires too, so a place nobody refreshes vanishes.
 * While Redis is away, presence is empty rather than failing the view.
 */
final class RedisPresence implements PresenceStore {

    private static final Logger log = LoggerFactory.getLogger(RedisPresence.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StringRedisTemplate redis;
    private final Duration keyTtl;

    RedisPresence(RedisConnectionFactory connections, Duration keyTtl) {
        this.redis = new StringRedisTemplate(connections);
        this.keyTtl = keyTtl;
    }

    private static String key(UUID place) {
        return "helmsman:presence:" + place;
    }

    @Override
    public void put(UUID place, Entry entry) {
        try {
            redis.opsForHash().put(key(place), entry.key(), JSON.writeValueAsString(entry));
            redis.expire(key(place), keyTtl);
        } catch (RuntimeException e) {
            log.debug("Presence not stored ({})", e.getMessage());
        }
    }

    @Override
    public void remove(UUID place, String key) {
        try {
            redis.opsForHash().delete(key(place), key);
        } catch (RuntimeException e) {
            log.debug("Presence not removed ({})", e.getMessage());
        }
    }

    @Override
    public List<Entry> entries(UUID place, Instant now) {
        var live = new ArrayList<Entry>();
        try {
            for (var field : redis.opsForHash().entries(key(place)).entrySet()) {
                Entry entry;
                try {
                    entry = JSON.readValue((String) field.getValue(), Entry.class);
                } catch (RuntimeException unreadable) {
                    redis.opsForHash().delete(key(place), field.getKey());
                    continue;
                }
                if (entry.expiresAt().isAfter(now)) {
                    live.add(entry);
                } else {
                    redis.opsForHash().delete(key(place), field.getKey());
                }
            }
        } catch (RuntimeException e) {
            log.debug("Presence not read ({})", e.getMessage());
        }
        return live;
    }
}
