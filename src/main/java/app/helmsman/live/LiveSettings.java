package app.helmsman.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of live updates ({@code helmsman.live.*}).
 *
 * @param redisUrl Redis to fan hints out across replicas ({@code REDIS_URL}); blank means this instance only
 * @param channel the Redis pub/sub channel
 * @param coalesce hints for one UI within this window are delivered together, in one push
 * @param instanceName this replica's name in the ops console (the pod's host name by default)
 * @param replicaInterval how often this replica reports its live figures to Redis
 * @param replicaTtl how long a report lives: a replica that stops reporting leaves the console's list after this
 */
@ConfigurationProperties("helmsman.live")
public record LiveSettings(String redisUrl, String channel, Duration coalesce, String instanceName, Duration replicaInterval, Duration replicaTtl) {

    public LiveSettings {
        channel = channel == null || channel.isBlank() ? "helmsman:live:v1" : channel;
        coalesce = coalesce == null ? Duration.ofMillis(250) : coalesce;
        instanceName = instanceName == null || instanceName.isBlank() ? hostName() : instanceName.strip();
        instanceName = instanceName.length() > 100 ? instanceName.substring(0, 100) : instanceName;
        replicaInterval = replicaInterval == null || replicaInterval.isNegative() || replicaInterval.isZero() ? Duration.ofSeconds(5) : replicaInterval;
        replicaTtl = replicaTtl == null || replicaTtl.compareTo(replicaInterval) <= 0 ? Duration.ofSeconds(30) : replicaTtl;
    }

    public boolean usesRedis() {
        return redisUrl != null && !redisUrl.isBlank();
    }

    private static String hostName() {
        var fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            return "this instance";
        }
    }
}
