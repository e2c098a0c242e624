package app.helmsman.planner.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for the lines of reflection: one row per person and day, replaced on every save. Callers pass the signed-in person. */
@Component
public class ReflectionStore {

    private final JdbcClient jdbc;

    ReflectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(UUID owner, LocalDate day) {
        return jdbc.sql("select text from day_reflections where user_id = ? and day = ?").params(owner, day).query(String.class).optional();
    }

    public void upsert(UUID owner, LocalDate day, String text, Instant now) {
        jdbc.sql("""
                insert into day_reflections (user_id, day, text, updated_at) values (?, ?, ?, ?)
                on conflict (user_id, day) do update set text = excluded.text, updated_at = excluded.updated_at""")
                .params(owner, day, text, Timestamp.from(now)).update();
    }

    public void delete(UUID owner, LocalDate day) {
        jdbc.sql("delete from day_reflections where user_id = ? and day = ?").params(owner, day).update();
    }
}
