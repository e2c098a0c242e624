package app.helmsman.assist.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for the brain-dump drafts: one row per person, replaced on every save (last write wins). */
@Component
public class DraftStore {

    private final JdbcClient jdbc;

    DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(UUID owner) {
        return jdbc.sql("select text from brain_dump_drafts where user_id = ?").param(owner).query(String.class).optional();
    }

    public void upsert(UUID owner, String text, Instant now) {
        jdbc.sql("""
                insert into brain_dump_drafts (user_id, text, updated_at) values (?, ?, ?)
                on conflict (user_id) do update set text = excluded.text, updated_at = excluded.updated_at""")
                .params(owner, text, Timestamp.from(now)).update();
    }

    public boolean delete(UUID owner) {
        return jdbc.sql("delete from brain_dump_drafts where user_id = ?").param(owner).update() > 0;
    }
}
