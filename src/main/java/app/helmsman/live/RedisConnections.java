package app.helmsman.live;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SslOptions;
import io.lettuce.core.resource.ClientResources;
import java.io.File;
import java.time.Duration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Redis connections for every module that uses Redis (live updates, assist limits, the calendar feed's rate
 * limit): they fail fast while Redis is away (commands rejected while disconnected) and reconnect by themselves.
 * A {@code rediss://} URL turns on TLS with full verification of the server's certificate (chain and host name);
 * the chain is checked against the PEM file in {@code REDIS_CA_FILE} when set, else against the JVM's trust
 * store. A password in the URL ({@code rediss://:password@host:6379}) is sent with AUTH. Boot's own Redis
 * set-up is off in this app, so Boot's {@code spring.data.redis.ssl.*} settings do not apply (docs/deployment.md).
 */
public final class RedisConnections {

    /** Environment variable naming the PEM file of the CA that signed the Redis server's certificate. */
    public static final String CA_FILE_ENV = "REDIS_CA_FILE";

    private RedisConnections() {
    }

    /**
     * A started connection factory for the URL.
     *
     * @param url {@code redis://} or {@code rediss://} URL, with an optional password
     * @param commandTimeout how long a command may take
     * @param resources Lettuce's client resources (reconnect delay), or null for the defaults
     */
    public static LettuceConnectionFactory start(String url, Duration commandTimeout, ClientResources resources) {
        return start(url, commandTimeout, resources, System.getenv(CA_FILE_ENV));
    }

    /** As {@link #start(String, Duration, ClientResources)}, with the CA file given (null or blank: the JVM's trust store). */
    public static LettuceConnectionFactory start(String url, Duration commandTimeout, ClientResources resources,
                                                 String caFile) {
        var options = ClientOptions.builder().autoReconnect(true).disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        boolean tls = url.strip().startsWith("rediss://");
        if (tls && caFile != null && !caFile.isBlank()) {
            options.sslOptions(SslOptions.builder().jdkSslProvider().trustManager(new File(caFile.strip())).build());
        }
        var builder = LettuceClientConfiguration.builder().commandTimeout(commandTimeout).clientOptions(options.build());
        if (resources != null) {
            builder.clientResources(resources);
        }
        if (tls) {
            // verifies the chain and that the certificate names the host of the URL
            builder.useSsl().verifyPeer(io.lettuce.core.SslVerifyMode.FULL);
        }
        var factory = new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(url), builder.build());
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }
}
