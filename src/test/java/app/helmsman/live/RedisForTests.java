package app.helmsman.live;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import redis.embedded.core.ExecutableProvider;

/**
 * A real redis-server on a free loopback port that tests can stop and start again: the machine's
 * {@code redis-server} when installed, otherwise the binary that embedded-redis ships.
 */
public final class RedisForTests implements AutoCloseable {

    public final int port;
    private final File executable;
    private Process process;

    public RedisForTests() throws IOException {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var installed = Path.of("/usr/bin/redis-server");
        executable = Files.isExecutable(installed) ? installed.toFile() : ExecutableProvider.newJarResourceProvider().get();
        start();
    }

    /** A server for a test class's static field: started now, a failure to start failing the class. */
    public static RedisForTests startedForClass() {
        try {
            return new RedisForTests();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void start() throws IOException {
        process = new ProcessBuilder(List.of(executable.getAbsolutePath(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Awaitility.await("redis-server to accept connections").atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50)).until(this::accepting);
        } catch (ConditionTimeoutException e) {
            throw new IOException("redis-server did not start on port " + port, e);
        }
    }

    private boolean accepting() {
        try (var ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    public void stop() {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
