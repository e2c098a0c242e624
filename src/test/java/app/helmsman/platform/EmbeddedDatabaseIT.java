package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL asks every connection for the generated password kept (0600) in its data folder. */
class EmbeddedDatabaseIT {

    @TempDir
    Path folder;

    @Test
    void a_new_data_folder_refuses_connections_without_the_password_and_keeps_it_owner_only() throws Exception {
        var data = folder.resolve("data");
        var database = EmbeddedDatabase.start(data.toString(), 0);
        try {
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, null).close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "not the password").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThat(count(database, "select 1")).isEqualTo(1);
            var passwordFile = data.resolve(EmbeddedDatabaseCredentials.PASSWORD_FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(database.password()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(count(database, "select count(*) from pg_settings where name = 'listen_addresses' and setting = 'localhost'"))
                    .isEqualTo(1);
        } finally {
            database.stop();
        }
    }

    @Test
    void a_restart_of_the_same_folder_reuses_the_password_and_keeps_the_data() throws Exception {
        var data = folder.resolve("data");
        var first = EmbeddedDatabase.start(data.toString(), 0);
        execute(first, "create table kept (id int); insert into kept values (7)");
        first.stop();

        var second = EmbeddedDatabase.start(data.toString(), 0);
        try {
            assertThat(second.password()).isEqualTo(first.password());
            assertThat(count(second, "select id from kept")).isEqualTo(7);
            assertThatThrownBy(() -> DriverManager.getConnection(second.jdbcUrl(), EmbeddedDatabase.USER, null).close())
                    .isInstanceOf(SQLException.class);
        } finally {
            second.stop();
        }
    }

    @Test
    void a_folder_from_before_that_trusted_everyone_is_switched_to_the_password_without_losing_data() throws Exception {
        var data = folder.resolve("legacy");
        Files.createDirectories(data);
        try (var legacy = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
             var connection = legacy.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database helmsman");
            try (var helmsman = legacy.getDatabase("postgres", "helmsman").getConnection(); var create = helmsman.createStatement()) {
                create.execute("create table kept (id int); insert into kept values (42)");
            }
        }
        assertThat(Files.exists(data.resolve(EmbeddedDatabaseCredentials.PASSWORD_FILE))).isFalse();

        var database = EmbeddedDatabase.start(data.toString(), 0);
        try {
            assertThat(count(database, "select id from kept")).isEqualTo(42);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, null).close())
                    .isInstanceOf(SQLException.class);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(EmbeddedDatabaseCredentials.PASSWORD_FILE))))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
        } finally {
            database.stop();
        }
    }

    private static int count(EmbeddedDatabase database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
