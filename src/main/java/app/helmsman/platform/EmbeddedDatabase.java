package app.helmsman.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of the local default and of the tests (zonky binaries of this platform only).
 * One server per data folder and JVM, shared by every application context in that JVM (tests start two
 * instances on one database this way), stopped when the JVM ends. It listens on loopback only and asks
 * every connection for a generated password kept in the data folder ({@link EmbeddedDatabaseCredentials}).
 * Absent from production builds: the class is only touched when {@code DATABASE_URL} is not set (ADR 0002).
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    private static final String DATABASE = "helmsman";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<String, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final String key;
    private final String jdbcUrl;
    private final String password;
    private final Path dataDirectory;
    private final AutoCloseable server;

    private EmbeddedDatabase(String key, String jdbcUrl, String password, Path dataDirectory, AutoCloseable server) {
        this.key = key;
        this.jdbcUrl = jdbcUrl;
        this.password = password;
        this.dataDirectory = dataDirectory;
        this.server = server;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String password() {
        return password;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    static EmbeddedDatabase start(String dataDir, int port) {
        var key = (dataDir == null || dataDir.isBlank()) ? "<temporary>" : Path.of(dataDir).toAbsolutePath().toString();
        return RUNNING.computeIfAbsent(key, k -> launch(k, dataDir, port));
    }

    /** Stops this server now (tests restart a data folder this way); the next {@link #start} starts it again. */
    void stop() {
        RUNNING.remove(key, this);
        try {
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException("Embedded PostgreSQL did not stop: " + e.getMessage(), e);
        }
    }

    /**
     * Starts zonky's server through reflection: production builds compile without zonky on the class
     * path (ADR 0002), and there this fails with the one-line "DATABASE_URL missing" report.
     */
    private static EmbeddedDatabase launch(String key, String dataDir, int port) {
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
            Path persistentDir = null;
            if (persistent) {
                persistentDir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(persistentDir);
                builderType.getMethod("setDataDirectory", Path.class).invoke(builder, persistentDir);
                builderType.getMethod("setCleanDataDirectory", boolean.class).invoke(builder, false);
            }
            if (port > 0) {
                builderType.getMethod("setPort", int.class).invoke(builder, port);
            }
            var password = EmbeddedDatabaseCredentials.passwordFor(persistentDir);
            builderType.getMethod("setServerConfig", String.class, String.class).invoke(builder, "listen_addresses", "localhost");
            // zonky's own readiness check connects too: it needs the password once pg_hba.conf asks for it.
            builderType.getMethod("setConnectConfig", String.class, String.class).invoke(builder, "password", password);
            var actualDir = new AtomicReference<Path>();
            Consumer<File> remember = directory -> actualDir.set(directory.toPath().toAbsolutePath());
            builderType.getMethod("setDataDirectoryCustomizer", Consumer.class).invoke(builder, remember);
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
            EmbeddedDatabaseCredentials.secure(actualDir.get(), serverUrl, password);
            createDatabaseIfMissing(serverUrl, password);
            log.info("Embedded PostgreSQL on port {} (loopback, password in {}) with data in {}", actualPort,
                    EmbeddedDatabaseCredentials.PASSWORD_FILE, persistent ? persistentDir : "a temporary folder");
            return new EmbeddedDatabase(key, serverUrl + DATABASE, password, actualDir.get(), postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL: " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Unexpected embedded PostgreSQL version: " + e.getMessage(), e);
        }
    }

    private static void createDatabaseIfMissing(String serverUrl, String password) {
        try (var connection = DriverManager.getConnection(serverUrl + "postgres", USER, password);
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
