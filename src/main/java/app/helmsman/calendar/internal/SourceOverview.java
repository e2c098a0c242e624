package app.helmsman.calendar.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every person's calendars for the ops console, a page at a time, worst state first (failing and reconnect-needing
 * ones, then those that never synced or synced longest ago); optionally only some owners' calendars.
 */
@Component
public class SourceOverview {

    private static final String ORDER = " order by case state when 'OK' then 1 else 0 end, last_success nulls first, id";

    private final JdbcClient jdbc;

    SourceOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of calendars; {@code owners} null for everyone's. */
    public List<CalendarStore.Source> page(Collection<UUID> owners, int offset, int limit) {
        if (owners != null && owners.isEmpty()) {
            return List.of();
        }
        var where = owners == null ? "" : " where user_id in (:owners)";
        var sql = jdbc.sql("select " + CalendarStore.SOURCE_COLUMNS + " from calendar_sources" + where + ORDER + " offset :offset limit :limit")
                .param("offset", offset).param("limit", limit);
        if (owners != null) {
            sql = sql.param("owners", owners);
        }
        return sql.query(CalendarStore::source).list();
    }

    /** How many calendars {@link #page} pages through. */
    public long count(Collection<UUID> owners) {
        if (owners != null && owners.isEmpty()) {
            return 0;
        }
        if (owners == null) {
            return jdbc.sql("select count(*) from calendar_sources").query(Long.class).single();
        }
        return jdbc.sql("select count(*) from calendar_sources where user_id in (:owners)").param("owners", owners).query(Long.class).single();
    }
}
