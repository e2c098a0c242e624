package app.helmsman.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one {@link DataSource}: the external PostgreSQL named by {@code DATABASE_URL}, or else the embedded
 * one of the local default. Required production settings are checked here, before anything else needs
 * the database, so that a misconfigured pod fails at once with one clear line.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(PlatformSettings settings, Environment environment) {
        checkRequiredSettings(settings, environment);
        var dataSource = new HikariDataSource();
        dataSource.setPoolName("helmsman");
        if (settings.usesExternalDatabase()) {
            dataSource.setJdbcUrl(settings.databaseUrl());
            dataSource.setUsername(blankToNull(settings.databaseUsername()));
            dataSource.setPassword(blankToNull(settings.databasePassword()));
        } else {
            var embedded = EmbeddedDatabase.start(settings.dataDir(), settings.embeddedPort());
            dataSource.setJdbcUrl(embedded.jdbcUrl());
            dataSource.setUsername(EmbeddedDatabase.USER);
            dataSource.setPassword(embedded.password());
        }
        return dataSource;
    }

    static void checkRequiredSettings(PlatformSettings settings, Environment environment) {
        List<String> missing = new ArrayList<>();
        if (settings.requireExternalDatabase() && !settings.usesExternalDatabase()) {
            missing.add("DATABASE_URL");
        }
        // calendar tokens are encrypted at rest with it (docs/adr/0017); checked here so that one line names everything missing
        if (environment.getProperty("helmsman.calendar.require-encryption-key", Boolean.class, false)
                && environment.getProperty("helmsman.calendar.encryption-key", "").isBlank()) {
            missing.add("HELMSMAN_ENCRYPTION_KEY");
        }
        for (var provider : List.of("GOOGLE", "MICROSOFT")) {
            var prefix = "helmsman.accounts." + provider.toLowerCase() + ".";
            boolean hasId = !environment.getProperty(prefix + "client-id", "").isBlank();
            boolean hasSecret = !environment.getProperty(prefix + "client-secret", "").isBlank();
            if (hasId && !hasSecret) {
                missing.add(provider + "_CLIENT_SECRET");
            } else if (hasSecret && !hasId) {
                missing.add(provider + "_CLIENT_ID");
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing,
                    settings.requireExternalDatabase() ? "the prod profile uses no embedded services" : "an OAuth provider needs both its id and secret");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
