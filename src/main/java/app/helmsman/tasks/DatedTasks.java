package app.helmsman.tasks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's open tasks with a do date in a range, for their private calendar feed, which is read without a
 * session: the caller has already identified the person by their secret feed token, so this is no user's call
 * and reveals nothing but the person's own tasks (never shared projects' tasks of others).
 */
@Component
public class DatedTasks {

    /** One open task of the person with a do date; time and estimate may be missing. */
    public record DatedTask(UUID id, String title, LocalDate doDate, LocalTime doTime, Integer estimateMinutes) {
    }

    private final JdbcClient jdbc;

    DatedTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's own open, not trashed tasks with a do date in {@code [from, to]}, by date and time; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<DatedTask> of(UUID owner, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                        select id, title, do_date, do_time, estimate_minutes from tasks
                        where owner_id = ? and deleted_at is null and status <> 'DONE' and do_date between ? and ?
                        order by do_date, do_time nulls last, id limit ?""")
                .params(owner, from, to, limit)
                .query((row, n) -> new DatedTask(row.getObject("id", UUID.class), row.getString("title"), row.getObject("do_date", LocalDate.class),
                        row.getObject("do_time", LocalTime.class), (Integer) row.getObject("estimate_minutes")))
                .list();
    }
}
