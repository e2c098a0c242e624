package app.helmsman.calendar.internal;

import app.helmsman.planner.PlannedBlock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL of write-back's memory: the block -> provider event mappings (which event holds a planned block, and the times
 * last written) and the planned-block mirror that the private feed serves. Callers run it inside their transaction.
 */
@Component
public class BlockMirror {

    private final JdbcClient jdbc;

    BlockMirror(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A block mapping: which provider event holds a planned block, and the times last written. */
    public record Mapping(UUID blockId, UUID targetSourceId, String externalId, Instant writtenStart, Instant writtenEnd) {
    }

    /** A planned block as the mirror holds it. */
    public record Block(UUID blockId, LocalDate day, UUID taskId, String title, Instant start, Instant end) {
    }

    /** Helmsman's events of the target source whose time differs from what was last written: the person moved them. */
    public List<Mapping> movedBlocks(UUID sourceId) {
        return jdbc.sql("""
                        select m.block_id, m.target_source_id, m.external_id, e.starts_at, e.ends_at
                        from calendar_block_mappings m join calendar_events e on e.source_id = m.target_source_id and e.external_id = m.external_id
                        where m.target_source_id = ? and e.helmsman_block_id = m.block_id
                          and (e.starts_at <> m.written_start or e.ends_at <> m.written_end)""")
                .param(sourceId).query((row, n) -> new Mapping(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                        instant(row, 4), instant(row, 5))).list();
    }


    public Optional<Mapping> mapping(UUID blockId, UUID targetSourceId) {
        return jdbc.sql("select block_id, target_source_id, external_id, written_start, written_end from calendar_block_mappings where block_id = ? and target_source_id = ?")
                .params(blockId, targetSourceId)
                .query((row, n) -> new Mapping(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), instant(row, 4), instant(row, 5)))
                .optional();
    }

    public List<Mapping> mappingsOf(UUID owner, UUID targetSourceId) {
        return jdbc.sql("select block_id, target_source_id, external_id, written_start, written_end from calendar_block_mappings where user_id = ? and target_source_id = ?")
                .params(owner, targetSourceId)
                .query((row, n) -> new Mapping(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), instant(row, 4), instant(row, 5)))
                .list();
    }

    public void saveMapping(UUID owner, Mapping mapping) {
        jdbc.sql("""
                        insert into calendar_block_mappings (block_id, target_source_id, user_id, external_id, written_start, written_end) values (?, ?, ?, ?, ?, ?)
                        on conflict (block_id, target_source_id) do update set external_id = excluded.external_id,
                            written_start = excluded.written_start, written_end = excluded.written_end""")
                .params(mapping.blockId(), mapping.targetSourceId(), owner, mapping.externalId(), ts(mapping.writtenStart()), ts(mapping.writtenEnd()))
                .update();
        // a sync that stored the event before its mapping existed: mark it as Helmsman's now
        jdbc.sql("update calendar_events set helmsman_block_id = ? where source_id = ? and external_id = ? and helmsman_block_id is null")
                .params(mapping.blockId(), mapping.targetSourceId(), mapping.externalId()).update();
    }

    public void deleteMapping(UUID blockId, UUID targetSourceId) {
        jdbc.sql("delete from calendar_block_mappings where block_id = ? and target_source_id = ?").params(blockId, targetSourceId).update();
    }

    /** Replaces the owner's planned blocks of one day; returns the ids the day held before. */
    public List<UUID> replaceBlocks(UUID owner, LocalDate day, Collection<PlannedBlock> blocks) {
        var before = jdbc.sql("select block_id from calendar_planned_blocks where user_id = ? and day = ? for update").params(owner, day).query(UUID.class).list();
        jdbc.sql("delete from calendar_planned_blocks where user_id = ? and day = ?").params(owner, day).update();
        for (var block : blocks) {
            upsertBlock(owner, day, block);
        }
        return before;
    }

    /** Adds or moves one block of the mirror (a task sent to the calendar), leaving the day's other blocks alone. */
    public void upsertBlock(UUID owner, LocalDate day, PlannedBlock block) {
        jdbc.sql("""
                        insert into calendar_planned_blocks (block_id, user_id, day, task_id, title, starts_at, ends_at) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (block_id) do update set day = excluded.day, task_id = excluded.task_id,
                            title = excluded.title, starts_at = excluded.starts_at, ends_at = excluded.ends_at
                        where calendar_planned_blocks.user_id = excluded.user_id""")
                .params(block.blockId(), owner, day, block.taskId(), title(block.title()), ts(block.start()), ts(block.end())).update();
    }

    /** The owner's planned blocks (the mirror) from {@code fromDay} on. */
    public List<Block> blocks(UUID owner, LocalDate fromDay, LocalDate toDay) {
        return jdbc.sql("select block_id, day, task_id, title, starts_at, ends_at from calendar_planned_blocks where user_id = ? and day between ? and ? order by starts_at")
                .params(owner, fromDay, toDay)
                .query((row, n) -> new Block(row.getObject(1, UUID.class), row.getObject(2, LocalDate.class), row.getObject(3, UUID.class), row.getString(4),
                        instant(row, 5), instant(row, 6))).list();
    }

    private static String title(String title) {
        return CalendarStore.title(title);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        var value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
