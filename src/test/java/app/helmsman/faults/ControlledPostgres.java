package app.helmsman.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * A PostgreSQL that a fault test owns: zonky's server on a fixed loopback port with a data folder that
 * survives {@link #stop()}, so {@link #start()} brings the same database back where the application
 * expects it (a restart, as an operator or a failover would do it).
 */
final class ControlledPostgres implements AutoCloseable {

    final int port;
    private final Path dataDir;
    private EmbeddedPostgres server;

    ControlledPostgres() throws IOException {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        dataDir = Files.createTempDirectory("helmsman-faults-pg");
        start();
    }

    void start() {
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    /** Stops the server (fast shutdown: open connections are cut, as in a restart). */
    void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
