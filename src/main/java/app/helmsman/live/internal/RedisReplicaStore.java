package app.helmsman.live.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replica reports in Redis: {@code helmsman:replica:<id>} holds one replica's latest figures as JSON and expires
 * after the report TTL, so a replica that dies (or stops) leaves the list within that time without anyone cleaning up.
 * Listing SCANs the keys (never KEYS) and reads them with one MGET.
 */
final class RedisReplicaStore implements ReplicaStore {

    static final String PREFIX = "helmsman:replica:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StringRedisTemplate redis;

    RedisReplicaStore(RedisConnectionFactory connections) {
        this.redis = new StringRedisTemplate(connections);
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public void put(String id, Report report, Duration ttl) {
        redis.opsForValue().set(PREFIX + id, JSON.writeValueAsString(report), ttl);
    }

    @Override
    public Map<String, Report> all(int max) {
        var keys = new ArrayList<String>();
        try (var cursor = redis.scan(ScanOptions.scanOptions().match(PREFIX + "*").count(200).build())) {
            while (cursor.hasNext() && keys.size() <= max) {
                keys.add(cursor.next());
            }
        }
        var reports = new LinkedHashMap<String, Report>();
        if (keys.isEmpty()) {
            return reports;
        }
        var values = redis.opsForValue().multiGet(keys);
        for (int i = 0; values != null && i < keys.size(); i++) {
            var value = values.get(i);
            if (value == null) {
                continue; // expired between SCAN and MGET
            }
            try {
                reports.put(keys.get(i).substring(PREFIX.length()), JSON.readValue(value, Report.class));
            } catch (RuntimeException unreadable) {
                // a report from another version: skipped, it expires on its own
            }
        }
        return reports;
    }
}
