package app.helmsman.assist.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for the brain-dump reviews: one row per person, its state as JSON, replaced on every change. */
@Component
public class ReviewStore {

    /** The longest state the table holds (a constraint checks it too). */
    public static final int MAX_CHARS = 200_000;

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(UUID owner) {
        return jdbc.sql("select state from brain_dump_reviews where user_id = ?").param(owner).query(String.class)
                .optional();
    }

    public void upsert(UUID owner, String state, Instant now) {
        jdbc.sql("""
                insert into brain_dump_reviews (user_id, state, updated_at) values (?, ?, ?)
                on conflict (user_id) do update set state = excluded.state, updated_at = excluded.updated_at""")
                .params(owner, state, Timestamp.from(now)).update();
    }

    public boolean delete(UUID owner) {
        return jdbc.sql("delete from brain_dump_reviews where user_id = ?").param(owner).update() > 0;
    }
}
