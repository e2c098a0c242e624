package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGStatement;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * The app through a real PgBouncer (Debian's), as production runs it behind the CloudNativePG Pooler (issue 18,
 * docs/adr/0032-pgbouncer-session-mode-and-database-metrics.md): one PgBouncer with the Pooler manifest's pool mode
 * and parameters in front of a PostgreSQL of the test's own; two app instances start through it (Liquibase on the
 * first), their jobs' advisory locks let exactly one of them do a unit, and pgjdbc's server-side prepared statements
 * (from the 5th run of a statement) work. A second PgBouncer in transaction mode shows what that mode breaks.
 * Skipped with a notice where pgbouncer is missing; mandatory in CI (.ci/run installs it).
 */
class PgBouncerIT {

    static final Path POOLER_MANIFEST = Path.of("k8s/components/cloudnative-pg/cluster.yaml");
    /** The Pooler's TLS settings need the operator's certificates; TLS to the database is not what this test is about. */
    static final List<String> NOT_MIRRORED = List.of("server_tls_sslmode", "client_tls_sslmode");

    static Path dir;
    static EmbeddedPostgres postgres;
    static final List<Process> bouncers = new ArrayList<>();
    static String poolMode;
    static int sessionPort;
    static int transactionPort;
    static ConfigurableApplicationContext instanceA;
    static ConfigurableApplicationContext instanceB;

    @BeforeAll
    static void startPostgresPgBouncerAndTwoInstances() throws Exception {
        var pgbouncer = executable("pgbouncer");
        if (pgbouncer == null && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("PgBouncerIT needs pgbouncer (Debian package) in CI");
        }
        Assumptions.assumeTrue(pgbouncer != null, "PgBouncerIT skipped: install pgbouncer (Debian package) to run it");
        var pooler = pooler();
        poolMode = (String) ((Map<?, ?>) pooler.get("pgbouncer")).get("poolMode");
        @SuppressWarnings("unchecked")
        var parameters = new LinkedHashMap<>((Map<String, String>) ((Map<?, ?>) pooler.get("pgbouncer")).get("parameters"));
        NOT_MIRRORED.forEach(parameters::remove);

        postgres = EmbeddedPostgres.builder().start();
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database helmsman");
        }
        // PgBouncer refuses to run as root: it switches to nobody, who must read its files
        dir = Files.createTempDirectory("helmsman-pgbouncer", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.writeString(dir.resolve("userlist.txt"), "\"postgres\" \"\"\n");
        sessionPort = startPgBouncer(pgbouncer, "session-like-the-manifest", poolMode, parameters);
        transactionPort = startPgBouncer(pgbouncer, "transaction", "transaction", Map.of("default_pool_size", "2"));

        instanceA = instance(); // runs Liquibase through PgBouncer
        instanceB = instance();
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(Application.class).profiles("test").run("--server.port=0", "--management.server.port=0",
                "--helmsman.platform.database-url=jdbc:postgresql://127.0.0.1:" + sessionPort + "/helmsman",
                "--helmsman.platform.database-username=postgres");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pooler() throws IOException {
        for (Object doc : new Yaml().loadAll(Files.readString(POOLER_MANIFEST))) {
            var resource = (Map<String, Object>) doc;
            if (resource != null && "Pooler".equals(resource.get("kind"))) {
                return (Map<String, Object>) resource.get("spec");
            }
        }
        throw new IllegalStateException("no Pooler in " + POOLER_MANIFEST);
    }

    private static int startPgBouncer(String pgbouncer, String name, String mode, Map<String, String> parameters) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var ini = new StringBuilder("[databases]\nhelmsman = host=127.0.0.1 port=" + postgres.getPort() + " dbname=helmsman\n\n[pgbouncer]\n")
                .append("listen_addr = 127.0.0.1\nlisten_port = ").append(port).append("\nunix_socket_dir =\n")
                .append("auth_type = trust\nauth_file = ").append(dir.resolve("userlist.txt")).append('\n')
                // as CloudNativePG's pooler does: pgjdbc sends extra_float_digits at start-up
                .append("ignore_startup_parameters = extra_float_digits,options\n")
                .append("pool_mode = ").append(mode).append('\n');
        parameters.forEach((key, value) -> ini.append(key).append(" = ").append(value).append('\n'));
        var config = dir.resolve(name + ".ini");
        Files.writeString(config, ini);
        var command = new ArrayList<>(List.of(pgbouncer));
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("-u", "nobody"));
        }
        command.add(config.toString());
        bouncers.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start());
        Awaitility.await("pgbouncer (" + name + ") to listen").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            try (var ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
        return port;
    }

    private static String executable(String command) {
        var path = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)));
        path.add("/usr/sbin"); // Debian installs pgbouncer there, often not on a user's PATH
        return path.stream().map(folder -> Path.of(folder, command)).filter(Files::isExecutable).map(Path::toString).findFirst().orElse(null);
    }

    @AfterAll
    static void stop() throws Exception {
        for (var instance : new ConfigurableApplicationContext[] {instanceB, instanceA}) {
            if (instance != null) {
                instance.close();
            }
        }
        for (var bouncer : bouncers) {
            bouncer.destroy();
            bouncer.waitFor(10, TimeUnit.SECONDS);
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void the_pooler_manifest_uses_session_mode_which_is_what_this_test_runs() {
        assertThat(poolMode).as("spec.pgbouncer.poolMode of the Pooler in " + POOLER_MANIFEST).isEqualTo("session");
    }

    @Test
    void both_instances_run_their_migrations_and_queries_through_pgbouncer_in_session_mode() throws SQLException {
        try (var direct = postgres.getDatabase("postgres", "helmsman").getConnection(); var s = direct.createStatement();
             var rs = s.executeQuery("select count(*) from databasechangelog")) {
            rs.next();
            assertThat(rs.getInt(1)).as("Liquibase changesets applied through PgBouncer").isPositive();
        }
        for (var instance : List.of(instanceA, instanceB)) {
            assertThat(instance.getBean(JdbcTemplate.class).queryForObject("select count(*) from users", Integer.class)).isNotNull();
        }
        // the instances' pools point at PgBouncer (PostgreSQL listens elsewhere), and PostgreSQL serves their sessions
        for (var instance : List.of(instanceA, instanceB)) {
            assertThat(instance.getBean(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl()).contains(":" + sessionPort + "/");
        }
        assertThat(postgres.getPort()).isNotEqualTo(sessionPort);
        try (var direct = postgres.getDatabase("postgres", "helmsman").getConnection(); var s = direct.createStatement();
             var rs = s.executeQuery("select count(*) from pg_stat_activity where datname = 'helmsman' and pid <> pg_backend_pid()")) {
            rs.next();
            assertThat(rs.getInt(1)).as("server connections PgBouncer opened for the two instances").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void a_job_unit_is_done_by_exactly_one_instance_while_the_other_holds_its_advisory_lock() throws Exception {
        var jobsA = instanceA.getBean(Jobs.class);
        var jobsB = instanceB.getBean(Jobs.class);
        var job = jobsA.define("pgbouncer-it", 0x70676278);
        jobsB.define("pgbouncer-it", 0x70676278);
        var aHoldsTheLock = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var onA = CompletableFuture.supplyAsync(() -> jobsA.run(job, () -> List.of("unit-1"), unit -> unit, unit -> {
            aHoldsTheLock.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS) ? 1 : 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }));
        assertThat(aHoldsTheLock.await(30, TimeUnit.SECONDS)).as("instance A is inside the unit").isTrue();

        var onB = jobsB.run(job, () -> List.of("unit-1"), unit -> unit, unit -> 1);
        assertThat(onB.done()).as("B found the unit locked").isZero();
        assertThat(onB.skipped()).isEqualTo(1);

        release.countDown();
        assertThat(onA.get(30, TimeUnit.SECONDS).done()).as("A did the unit").isEqualTo(1);
        // the transaction-level lock ended with A's transaction, on a server connection PgBouncer may hand to anyone
        assertThat(jobsB.run(job, () -> List.of("unit-1"), unit -> unit, unit -> 1).done()).isEqualTo(1);
    }

    @Test
    void a_statement_run_more_than_five_times_on_one_connection_is_prepared_on_the_server_and_keeps_working() throws SQLException {
        try (Connection connection = instanceA.getBean(DataSource.class).getConnection()) {
            runTenTimes(connection);
            try (var s = connection.createStatement();
                 var rs = s.executeQuery("select count(*) from pg_prepared_statements where statement like 'select count(*) from databasechangelog%'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the named statement lives on this session's server connection").isEqualTo(1);
            }
        }
        assertThat(interleavedPreparedStatements(sessionPort)).as("two clients taking turns in session mode").isEqualTo(20);
    }

    @Test
    void transaction_mode_breaks_server_side_prepared_statements_which_is_why_the_pooler_uses_session_mode() {
        assertThatThrownBy(() -> interleavedPreparedStatements(transactionPort))
                .isInstanceOf(SQLException.class).hasMessageContaining("prepared statement \"S_");
    }

    private static void runTenTimes(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select count(*) from databasechangelog where id <> ?")) {
            for (int i = 0; i < 10; i++) {
                statement.setString(1, "run-" + i);
                try (var rs = statement.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isPositive();
                }
            }
            assertThat(statement.unwrap(PGStatement.class).isUseServerPrepare()).as("pgjdbc switched to a server-side prepared statement").isTrue();
        }
    }

    /**
     * Client 2 runs one statement 20 times (pgjdbc prepares it on the server from the 5th run) while client 1 keeps
     * opening and committing transactions; returns the runs that answered.
     */
    private static int interleavedPreparedStatements(int port) throws SQLException {
        var url = "jdbc:postgresql://127.0.0.1:" + port + "/helmsman";
        int answered = 0;
        try (var one = DriverManager.getConnection(url, "postgres", ""); var two = DriverManager.getConnection(url, "postgres", "")) {
            for (int i = 0; i < 10; i++) {
                answered += plusOne(two, i);
                one.setAutoCommit(false);
                try (var s = one.createStatement()) {
                    s.execute("select pg_backend_pid()");
                }
                answered += plusOne(two, i);
                one.commit();
                one.setAutoCommit(true);
            }
        }
        return answered;
    }

    private static int plusOne(Connection connection, int i) throws SQLException {
        try (var statement = connection.prepareStatement("select ?::int + 1")) {
            statement.setInt(1, i);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1) == i + 1 ? 1 : 0;
            }
        }
    }
}
