package app.helmsman.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of live updates ({@code helmsman.live.*}).
 *
 * @param redisUrl Redis to fan hints out across replicas ({@code REDIS_URL}); blank means this instance only
 * @param channel the Redis pub/sub channel
 * @param coalesce hints for one UI within this window are delivered together, in one push
 */
@ConfigurationProperties("helmsman.live")
public record LiveSettings(String redisUrl, String channel, Duration coalesce) {

    public LiveSettings {
        channel = channel == null || channel.isBlank() ? "helmsman:live:v1" : channel;
        coalesce = coalesce == null ? Duration.ofMillis(250) : coalesce;
    }

    public boolean usesRedis() {
        return redisUrl != null && !redisUrl.isBlank();
    }
}
