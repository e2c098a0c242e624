package app.helmsman.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The password of the embedded PostgreSQL's superuser and the rule that it is needed: a random password
 * kept in the data folder, readable by its owner only (0600), and a pg_hba.conf that asks every connection
 * for it (scram-sha-256) and accepts loopback connections only. Data folders created before (initdb's
 * "trust" for everyone) are switched over on start, without touching their data.
 */
final class EmbeddedDatabaseCredentials {

    static final String PASSWORD_FILE = "helmsman-db-password";
    static final String HBA_MARKER = "# Helmsman: every connection needs the password (EmbeddedDatabaseCredentials)";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Duration RELOAD_WAIT = Duration.ofSeconds(5);

    private EmbeddedDatabaseCredentials() {
    }

    /** The password kept in this data folder, or a new random one (hex, so it never needs quoting). */
    static String passwordFor(Path dataDir) {
        var file = dataDir == null ? null : dataDir.resolve(PASSWORD_FILE);
        if (file != null && Files.isRegularFile(file)) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the embedded database password in " + file, e);
            }
        }
        if (dataDir != null && requiresPassword(dataDir)) {
            throw new IllegalStateException("The embedded database in " + dataDir + " needs a password, but its file "
                    + PASSWORD_FILE + " is missing. Restore that file, or move the folder away to start with an empty database.");
        }
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** True once pg_hba.conf of this folder is Helmsman's (password for every connection). */
    static boolean requiresPassword(Path dataDir) {
        var hba = dataDir.resolve("pg_hba.conf");
        try {
            return Files.isRegularFile(hba) && Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA_MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + hba, e);
        }
    }

    /**
     * Makes the running server at {@code serverUrl} (data in {@code dataDir}) need {@code password}: keeps
     * the password file (0600), sets the superuser's password, writes pg_hba.conf and reloads it. Does
     * nothing but fix the file's permissions when the folder is already switched over.
     */
    static void secure(Path dataDir, String serverUrl, String password) {
        writePasswordFile(dataDir.resolve(PASSWORD_FILE), password);
        if (requiresPassword(dataDir)) {
            return;
        }
        try (var connection = DriverManager.getConnection(serverUrl + "postgres", EmbeddedDatabase.USER, password);
             var statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + EmbeddedDatabase.USER + " with password '" + password + "'");
            writeHba(dataDir.resolve("pg_hba.conf"));
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded database password: " + e.getMessage(), e);
        }
        awaitPasswordRequired(serverUrl);
    }

    private static void writePasswordFile(Path file, String password) {
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).strip().equals(password)) {
                ownerOnly(file);
                return;
            }
            var temporary = file.resolveSibling(PASSWORD_FILE + ".new");
            Files.deleteIfExists(temporary);
            if (posix()) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            ownerOnly(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the embedded database password in " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void writeHba(Path hba) {
        var rules = HBA_MARKER + "\n"
                + "# TYPE  DATABASE  USER  ADDRESS        METHOD\n"
                + "local   all       all                  scram-sha-256\n"
                + "host    all       all   127.0.0.1/32   scram-sha-256\n"
                + "host    all       all   ::1/128        scram-sha-256\n";
        try {
            var temporary = hba.resolveSibling("pg_hba.conf.new");
            Files.writeString(temporary, rules, StandardCharsets.UTF_8);
            Files.move(temporary, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + hba, e);
        }
    }

    /** The postmaster applies a reload a moment later; wait until a connection without password is refused. */
    private static void awaitPasswordRequired(String serverUrl) {
        var deadline = Instant.now().plus(RELOAD_WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (refusedWithoutPassword(serverUrl)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("The embedded database still accepts connections without a password after its reload");
    }

    static boolean refusedWithoutPassword(String serverUrl) {
        try (var ignored = DriverManager.getConnection(serverUrl + "postgres", EmbeddedDatabase.USER, null)) {
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    static Optional<Path> passwordFile(Path dataDir) {
        var file = dataDir.resolve(PASSWORD_FILE);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
