package app.helmsman.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the runtime platform ({@code helmsman.platform.*}).
 *
 * @param databaseUrl JDBC URL of an external PostgreSQL; blank means the embedded one
 * @param databaseUsername user for {@code databaseUrl}
 * @param databasePassword password for {@code databaseUrl}
 * @param dataDir folder of the embedded PostgreSQL's data; blank means a throw-away folder (tests)
 * @param embeddedPort port of the embedded PostgreSQL; 0 picks a free one
 * @param baseUrl public URL of this installation, as users reach it
 * @param requireExternalDatabase true in production: refuse to start without {@code databaseUrl}
 * @param trustTraceparent true when the ingress sets (or checks) the W3C {@code traceparent} header: its trace id is
 *     then used in the log instead of a new one (ADR 0033)
 */
@ConfigurationProperties("helmsman.platform")
public record PlatformSettings(
        String databaseUrl,
        String databaseUsername,
        String databasePassword,
        String dataDir,
        int embeddedPort,
        String baseUrl,
        boolean requireExternalDatabase,
        boolean trustTraceparent) {

    public boolean usesExternalDatabase() {
        return databaseUrl != null && !databaseUrl.isBlank();
    }
}
