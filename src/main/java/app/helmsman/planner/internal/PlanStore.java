package app.helmsman.planner.internal;

import app.helmsman.planner.DayEnergy;
import app.helmsman.planner.PlanPreferences;
import app.helmsman.planner.TodayPlan;
import app.helmsman.planner.engine.PlanInput.Level;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of the planner's tables (0020-planner.yaml): settings, day plans, picks, blocks and what did not fit. */
@Component
public class PlanStore {

    /** What the person did with a task for one day. */
    public enum Choice {
        CHOSEN, SKIPPED, SNOOZED
    }

    public record StoredDay(DayEnergy energy, Instant acceptedAt) {
    }

    public record TaskChoice(UUID taskId, Choice choice, Instant until) {
    }

    public record StoredPreferences(String energyProfile, String workingDays, int breakMinutes, int capacityMinutes, int capacityTasks,
                                    int maxChunkMinutes, int defaultEstimateMinutes) {
    }

    public record PlanDay(UUID userId, LocalDate day) {
    }

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- settings

    public Optional<StoredPreferences> preferences(UUID user) {
        return jdbc.sql("""
                select energy_profile, working_days, break_minutes, capacity_minutes, capacity_tasks, max_chunk_minutes,
                       default_estimate_minutes from planner_settings where user_id = ?""").param(user)
                .query((rs, n) -> new StoredPreferences(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7))).optional();
    }

    public void savePreferences(UUID user, StoredPreferences p) {
        jdbc.sql("""
                insert into planner_settings (user_id, energy_profile, working_days, break_minutes, capacity_minutes, capacity_tasks,
                                              max_chunk_minutes, default_estimate_minutes)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (user_id) do update set energy_profile = excluded.energy_profile, working_days = excluded.working_days,
                  break_minutes = excluded.break_minutes, capacity_minutes = excluded.capacity_minutes, capacity_tasks = excluded.capacity_tasks,
                  max_chunk_minutes = excluded.max_chunk_minutes, default_estimate_minutes = excluded.default_estimate_minutes""")
                .params(user, p.energyProfile(), p.workingDays(), p.breakMinutes(), p.capacityMinutes(), p.capacityTasks(), p.maxChunkMinutes(),
                        p.defaultEstimateMinutes()).update();
    }

    /** "LLLMMHHH..." (24 letters) for a profile. */
    public static String profileText(List<Level> levels) {
        var text = new StringBuilder();
        levels.forEach(l -> text.append(l.name().charAt(0)));
        return text.toString();
    }

    public static List<Level> profile(String text) {
        var levels = new ArrayList<Level>();
        for (char c : text.toCharArray()) {
            levels.add(c == 'H' ? Level.HIGH : c == 'M' ? Level.MEDIUM : Level.LOW);
        }
        return levels;
    }

    /** "1111100": Monday first. */
    public static String daysText(java.util.Set<DayOfWeek> days) {
        var text = new StringBuilder();
        for (var d : DayOfWeek.values()) {
            text.append(days.contains(d) ? '1' : '0');
        }
        return text.toString();
    }

    public static EnumSet<DayOfWeek> days(String text) {
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < Math.min(7, text.length()); i++) {
            if (text.charAt(i) == '1') {
                days.add(DayOfWeek.of(i + 1));
            }
        }
        return days;
    }

    public static StoredPreferences stored(PlanPreferences p) {
        return new StoredPreferences(p.energyCustomised() ? profileText(p.energy()) : null, daysText(p.workingDays()), p.breakMinutes(),
                p.capacityMinutes(), p.capacityTasks(), p.maxChunkMinutes(), p.defaultEstimateMinutes());
    }

    // ---- days

    public Optional<StoredDay> day(UUID user, LocalDate day) {
        return jdbc.sql("select energy, accepted_at from day_plans where user_id = ? and day = ?").params(user, day)
                .query((rs, n) -> new StoredDay(DayEnergy.valueOf(rs.getString(1)), instant(rs, 2))).optional();
    }

    /** The day's row, created (normal energy, not accepted) when missing; locks it against concurrent re-plans. */
    public StoredDay lockDay(UUID user, LocalDate day, Instant now) {
        jdbc.sql("insert into day_plans (user_id, day, energy, updated_at) values (?, ?, 'NORMAL', ?) on conflict do nothing")
                .params(user, day, Timestamp.from(now)).update();
        return jdbc.sql("select energy, accepted_at from day_plans where user_id = ? and day = ? for update").params(user, day)
                .query((rs, n) -> new StoredDay(DayEnergy.valueOf(rs.getString(1)), instant(rs, 2))).single();
    }

    public void setEnergy(UUID user, LocalDate day, DayEnergy energy, Instant now) {
        jdbc.sql("update day_plans set energy = ?, updated_at = ? where user_id = ? and day = ?").params(energy.name(), Timestamp.from(now), user, day)
                .update();
    }

    public void accept(UUID user, LocalDate day, Instant now) {
        jdbc.sql("update day_plans set accepted_at = coalesce(accepted_at, ?), updated_at = ? where user_id = ? and day = ?")
                .params(Timestamp.from(now), Timestamp.from(now), user, day).update();
    }

    // ---- picks, skips, snoozes

    public List<TaskChoice> choices(UUID user, LocalDate day) {
        return jdbc.sql("select task_id, choice, until_at from day_plan_tasks where user_id = ? and day = ?").params(user, day)
                .query((rs, n) -> new TaskChoice(rs.getObject(1, UUID.class), Choice.valueOf(rs.getString(2)), instant(rs, 3))).list();
    }

    public void replaceChosen(UUID user, LocalDate day, java.util.Collection<UUID> chosen) {
        jdbc.sql("delete from day_plan_tasks where user_id = ? and day = ? and choice = 'CHOSEN'").params(user, day).update();
        for (var task : chosen) {
            put(user, day, task, Choice.CHOSEN, null);
        }
    }

    public void put(UUID user, LocalDate day, UUID task, Choice choice, Instant until) {
        jdbc.sql("""
                insert into day_plan_tasks (user_id, day, task_id, choice, until_at) values (?, ?, ?, ?, ?)
                on conflict (user_id, day, task_id) do update set choice = excluded.choice, until_at = excluded.until_at""")
                .params(user, day, task, choice.name(), until == null ? null : Timestamp.from(until)).update();
    }

    // ---- blocks and what did not fit

    public List<TodayPlan.Block> blocks(UUID user, LocalDate day) {
        return jdbc.sql("""
                select id, task_id, title, start_at, end_at, pinned, guessed, chunk, chunks, reason from plan_blocks
                where user_id = ? and day = ? order by start_at, id""").params(user, day)
                .query((rs, n) -> new TodayPlan.Block(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), instant(rs, 4),
                        instant(rs, 5), rs.getBoolean(6), rs.getBoolean(7), rs.getInt(8), rs.getInt(9), rs.getString(10))).list();
    }

    public void replaceBlocks(UUID user, LocalDate day, List<TodayPlan.Block> blocks) {
        jdbc.sql("delete from plan_blocks where user_id = ? and day = ?").params(user, day).update();
        for (var b : blocks) {
            jdbc.sql("""
                    insert into plan_blocks (id, user_id, day, task_id, title, start_at, end_at, pinned, guessed, chunk, chunks, reason)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(b.blockId(), user, day, b.taskId(), b.title(), Timestamp.from(b.start()), Timestamp.from(b.end()), b.pinned(), b.guessed(),
                            b.chunk(), b.chunks(), b.reason()).update();
        }
    }

    public List<TodayPlan.NotToday> notToday(UUID user, LocalDate day) {
        return jdbc.sql("select task_id, title, reason from plan_not_today where user_id = ? and day = ? order by position").params(user, day)
                .query((rs, n) -> new TodayPlan.NotToday(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
    }

    public void replaceNotToday(UUID user, LocalDate day, List<TodayPlan.NotToday> items) {
        jdbc.sql("delete from plan_not_today where user_id = ? and day = ?").params(user, day).update();
        int position = 0;
        var seen = new java.util.HashSet<UUID>();
        for (var item : items) {
            if (seen.add(item.taskId())) {
                jdbc.sql("insert into plan_not_today (user_id, day, task_id, position, title, reason) values (?, ?, ?, ?, ?, ?)")
                        .params(user, day, item.taskId(), position++, item.title(), item.reason()).update();
            }
        }
    }

    /** Accepted plans between the days (inclusive) with a block of the task. */
    public List<PlanDay> acceptedPlansWith(UUID task, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select distinct b.user_id, b.day from plan_blocks b join day_plans d on d.user_id = b.user_id and d.day = b.day
                where b.task_id = ? and b.day between ? and ? and d.accepted_at is not null""").params(task, from, to)
                .query((rs, n) -> new PlanDay(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).list();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
