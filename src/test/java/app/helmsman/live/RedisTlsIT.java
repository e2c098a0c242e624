package app.helmsman.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Redis as production runs it (issue 18): TLS only, with a password. A real redis-server listens on a TLS port
 * alone, with a certificate from a CA made here by openssl for "localhost" and 127.0.0.1; the app's
 * {@link RedisConnections} must speak TLS for a {@code rediss://} URL, check the chain against the CA file and
 * the host name against the certificate, and authenticate.
 */
class RedisTlsIT {

    static final String PASSWORD = "tls-test-password";

    @TempDir
    static Path dir;

    static Process redis;
    static int port;
    static final List<LettuceConnectionFactory> factories = new ArrayList<>();

    @BeforeAll
    static void startRedisWithTlsOnly() throws Exception {
        // like the browser tests: skipped with a notice on a machine without the tools, mandatory in CI (.ci/run installs them)
        var tools = onPath("redis-server") && onPath("openssl");
        if (!tools && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("RedisTlsIT needs redis-server and openssl on the PATH in CI");
        }
        Assumptions.assumeTrue(tools, "RedisTlsIT skipped: install redis-server and openssl (Debian packages) to run it");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "1", "-subj", "/CN=helmsman-test-ca");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other-ca.key", "-out", "other-ca.crt", "-days", "1", "-subj", "/CN=other-ca");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "redis.key", "-out", "redis.csr", "-subj", "/CN=localhost");
        Files.writeString(dir.resolve("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        openssl("x509", "-req", "-in", "redis.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", "redis.crt", "-days", "1",
                "-extfile", "san.ext");
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // no plain port at all (--port 0); 127.0.0.2 is loopback too, but the certificate does not name it
        redis = new ProcessBuilder("redis-server", "--port", "0", "--tls-port", Integer.toString(port), "--bind", "127.0.0.1", "127.0.0.2",
                "--tls-cert-file", "redis.crt", "--tls-key-file", "redis.key", "--tls-ca-cert-file", "ca.crt", "--tls-auth-clients", "no",
                "--requirepass", PASSWORD, "--save", "", "--appendonly", "no")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        Awaitility.await("redis-server to listen on its TLS port").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            try (var ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    private static void openssl(String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("openssl " + String.join(" ", args) + ": " + out).isTrue();
    }

    private static boolean onPath(String command) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        factories.forEach(LettuceConnectionFactory::destroy);
        if (redis != null) {
            redis.destroy();
            redis.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String ping(String url, String caFile) {
        var factory = RedisConnections.start(url, Duration.ofSeconds(2), null, caFile == null ? null : dir.resolve(caFile).toString());
        factories.add(factory);
        try (var connection = factory.getConnection()) {
            return connection.ping();
        }
    }

    @Test
    void aRedissUrlWithThePasswordConnectsOverTlsAndVerifiesTheCertificate() {
        assertThat(ping("rediss://:" + PASSWORD + "@localhost:" + port, "ca.crt")).isEqualTo("PONG");
        assertThat(ping("rediss://:" + PASSWORD + "@127.0.0.1:" + port, "ca.crt")).as("the IP address in the certificate").isEqualTo("PONG");
    }

    @Test
    void aPlainRedisUrlCannotTalkToTheTlsPort() {
        assertThatThrownBy(() -> ping("redis://:" + PASSWORD + "@localhost:" + port, null)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aCertificateFromAnotherCaIsRefused() {
        assertThatThrownBy(() -> ping("rediss://:" + PASSWORD + "@localhost:" + port, "other-ca.crt"))
                .hasStackTraceContaining("PKIX path building failed");
    }

    @Test
    void withoutTheCaFileTheJvmsTrustStoreRefusesThePrivateCa() {
        assertThatThrownBy(() -> ping("rediss://:" + PASSWORD + "@localhost:" + port, null))
                .hasStackTraceContaining("PKIX path building failed");
    }

    @Test
    void aCertificateThatDoesNotNameTheHostIsRefused() {
        assertThatThrownBy(() -> ping("rediss://:" + PASSWORD + "@127.0.0.2:" + port, "ca.crt"))
                .hasStackTraceContaining("No subject alternative names matching IP address 127.0.0.2");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> ping("rediss://:wrong@localhost:" + port, "ca.crt")).hasStackTraceContaining("WRONGPASS");
    }
}
