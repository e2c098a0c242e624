package app.helmsman.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of the local default and of the tests (zonky binaries of this platform only).
 * One server per data folder and JVM, shared by every application context in that JVM (tests start two
 * instances on one database this way), stopped when the JVM ends. Absent from production builds: the
 * class is only touched when {@code DATABASE_URL} is not set (ADR 0002).
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    private static final String DATABASE = "helmsman";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<String, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final String jdbcUrl;

    private EmbeddedDatabase(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    static EmbeddedDatabase start(String dataDir, int port) {
        var key = (dataDir == null || dataDir.isBlank()) ? "<temporary>" : Path.of(dataDir).toAbsolutePath().toString();
        return RUNNING.computeIfAbsent(key, k -> launch(dataDir, port));
    }

    /**
     * Starts zonky's server through reflection: production builds compile without zonky on the class
     * path (ADR 0002), and there this fails with the one-line "DATABASE_URL missing" report.
     */
    private static EmbeddedDatabase launch(String dataDir, int port) {
        Class<?> embeddedPostgres;
        try {
            embeddedPostgres = Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
        } catch (ClassNotFoundException e) {
            throw new MissingSettingsException(java.util.List.of("DATABASE_URL"),
                    "this build has no embedded PostgreSQL; point it at a PostgreSQL server");
        }
        try {
            boolean persistent = dataDir != null && !dataDir.isBlank();
            Object builder = embeddedPostgres.getMethod("builder").invoke(null);
            var builderType = builder.getClass();
            if (persistent) {
                var dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                builderType.getMethod("setDataDirectory", Path.class).invoke(builder, dir);
                builderType.getMethod("setCleanDataDirectory", boolean.class).invoke(builder, false);
            }
            if (port > 0) {
                builderType.getMethod("setPort", int.class).invoke(builder, port);
            }
            var postgres = (AutoCloseable) builderType.getMethod("start").invoke(builder);
            int actualPort = (int) embeddedPostgres.getMethod("getPort").invoke(postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception e) {
                    log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
                }
            }, "embedded-postgres-stop"));
            var serverUrl = "jdbc:postgresql://localhost:" + actualPort + "/";
            createDatabaseIfMissing(serverUrl);
            log.info("Embedded PostgreSQL on port {} with data in {}", actualPort,
                    persistent ? Path.of(dataDir).toAbsolutePath() : "a temporary folder");
            return new EmbeddedDatabase(serverUrl + DATABASE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL: " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Unexpected embedded PostgreSQL version: " + e.getMessage(), e);
        }
    }

    private static void createDatabaseIfMissing(String serverUrl) {
        try (var connection = DriverManager.getConnection(serverUrl + "postgres", USER, null);
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database: " + e.getMessage(), e);
        }
    }
}
