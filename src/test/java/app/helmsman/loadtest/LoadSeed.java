package app.helmsman.loadtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The driver's data set, written straight into a throw-away database: {@code people} accounts (every tenth with
 * 2,000 open tasks, the others with 50; half of each person's tasks are due today, so Today shows 25 rows), and
 * shared projects of five members each with a few tasks. One password for all, hashed once with Spring Security's
 * BCrypt encoder.
 */
final class LoadSeed {

    static final String PASSWORD = "Calm-harbour-2026-load";
    static final String ADMIN = "admin@loadtest.example";
    static final int HEAVY_EVERY = 10;

    /** One seeded person. */
    record Person(UUID id, String email, int openTasks) {
    }

    private LoadSeed() {
    }

    static String email(int index) {
        return "person-%05d@loadtest.example".formatted(index);
    }

    /** Seeds through JDBC (url, user; password may be null). */
    static List<Person> seed(String jdbcUrl, String user, String password, int people) throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            return seed(connection, people);
        }
    }

    static List<Person> seed(Connection db, int people) throws SQLException {
        var hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
        var now = Timestamp.from(Instant.now());
        db.setAutoCommit(false);
        var admin = insertUser(db, ADMIN, "Load admin", hash, now, true);
        var persons = new ArrayList<Person>();
        for (int i = 0; i < people; i++) {
            int open = i % HEAVY_EVERY == HEAVY_EVERY - 1 ? 2000 : 50;
            var id = insertUser(db, email(i), "Person " + i, hash, now, false);
            insertTasks(db, id, null, open, "Task", now);
            persons.add(new Person(id, email(i), open));
        }
        for (int start = 0; start + 5 <= persons.size(); start += 5) {
            var owner = persons.get(start);
            var project = UUID.randomUUID();
            try (var insert = db.prepareStatement("insert into projects (id, owner_id, name, colour, archived, position, created_at) values (?, ?, ?, '#3366aa', false, ?, ?)")) {
                insert.setObject(1, project);
                insert.setObject(2, owner.id());
                insert.setString(3, "Shared " + start / 5);
                insert.setLong(4, 1);
                insert.setTimestamp(5, now);
                insert.executeUpdate();
            }
            try (var member = db.prepareStatement("insert into project_members (project_id, user_id, role, added_at) values (?, ?, 'EDITOR', ?)")) {
                for (int m = 1; m < 5; m++) {
                    member.setObject(1, project);
                    member.setObject(2, persons.get(start + m).id());
                    member.setTimestamp(3, now);
                    member.addBatch();
                }
                member.executeBatch();
            }
            insertTasks(db, owner.id(), project, 10, "Shared task", now);
        }
        db.commit();
        db.setAutoCommit(true);
        return persons;
    }

    private static UUID insertUser(Connection db, String email, String name, String hash, Timestamp now, boolean admin) throws SQLException {
        var id = UUID.randomUUID();
        try (var insert = db.prepareStatement("""
                insert into users (id, email, display_name, password_hash, enabled, created_at, sessions_valid_after)
                values (?, ?, ?, ?, true, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, email);
            insert.setString(3, name);
            insert.setString(4, hash);
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, Timestamp.from(now.toInstant().minusSeconds(60)));
            insert.executeUpdate();
        }
        try (var role = db.prepareStatement("insert into user_roles (user_id, role) values (?, ?)")) {
            role.setObject(1, id);
            role.setString(2, "USER");
            role.addBatch();
            if (admin) {
                role.setObject(1, id);
                role.setString(2, "ADMIN");
                role.addBatch();
            }
            role.executeBatch();
        }
        return id;
    }

    /** {@code count} open tasks; the odd ones are due today (a person with 50 sees 25 on Today). */
    private static void insertTasks(Connection db, UUID owner, UUID project, int count, String prefix, Timestamp now) throws SQLException {
        try (var insert = db.prepareStatement("""
                insert into tasks (id, owner_id, title, status, priority, source, project_id, position, created_at, do_date)
                select gen_random_uuid(), ?, ? || ' ' || n, 'TODO', 4, 'MANUAL', ?, n, ?, case when n % 2 = 1 then current_date end
                from generate_series(1, ?) n""")) {
            insert.setObject(1, owner);
            insert.setString(2, prefix);
            insert.setObject(3, project);
            insert.setTimestamp(4, now);
            insert.setInt(5, count);
            insert.executeUpdate();
        }
    }

    /** Seeds a database from the command line: {@code LoadSeed <jdbcUrl> <user> <people>}. */
    public static void main(String[] args) throws SQLException {
        var people = seed(args[0], args[1], null, Integer.parseInt(args[2]));
        System.out.println("seeded " + people.size() + " people and " + people.size() / 5 + " shared projects");
    }
}
