package app.helmsman.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;

/** An application instance in its own JVM ({@link InstanceMain}) that a test can kill like a crashed pod. */
final class InstanceProcess implements AutoCloseable {

    final int port;
    final List<UUID> acknowledged = new CopyOnWriteArrayList<>();
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Process process;
    private final PrintWriter commands;
    private volatile boolean ready;
    private final Thread reader;
    private final Path workDir;

    InstanceProcess(String... appArgs) throws IOException {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var javaCommand = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), InstanceMain.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--management.server.port=0"));
        command.addAll(List.of(appArgs));
        // Its own working folder, as a pod has: run from the source tree, Liquibase would find the change
        // logs under target/classes by a file path and take them for other change sets than instance B's.
        workDir = Files.createTempDirectory("helmsman-instance");
        process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        reader = Thread.ofPlatform().daemon().name("instance-output-" + port).start(this::readOutput);
    }

    private void readOutput() {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (var line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(UUID.fromString(line.substring(4).trim()));
                } else {
                    if (line.startsWith("READY ")) {
                        ready = true;
                    }
                    output.add(line);
                    if (output.size() > 200) {
                        output.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    /** Waits until the instance serves, or fails with what it printed. */
    InstanceProcess awaitReady(Duration atMost) {
        Awaitility.await().atMost(atMost).until(() -> ready || !process.isAlive());
        if (!ready) {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !reader.isAlive());
            throw new IllegalStateException("instance exited with " + process.exitValue() + ": " + String.join("\n", output));
        }
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void startEditing(String email) {
        commands.println("edit " + email);
    }

    /** SIGKILL: no shutdown hooks, no graceful shutdown, requests in flight are cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    List<String> output() {
        return List.copyOf(output);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        try (var files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // only a temporary folder
        }
    }
}
