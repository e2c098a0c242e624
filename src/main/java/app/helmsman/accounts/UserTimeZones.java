package app.helmsman.accounts;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time zone each person's days are computed in, for services and background jobs that work on a
 * given user id (a job runs without anyone signed in). Reveals nothing but the zone.
 * A person whose zone is not known yet (not detected from the browser, not chosen in settings) or no
 * longer valid gets {@link ZoneOffset#UTC}.
 */
@Component
public class UserTimeZones {

    private final NamedParameterJdbcTemplate jdbc;

    UserTimeZones(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The zone of the given person; UTC when unknown, also for an id without an account. */
    @Transactional(readOnly = true)
    public ZoneId zoneOf(UUID userId) {
        return zonesOf(java.util.List.of(userId)).get(userId);
    }

    /** The zones of the given people, one entry per id (UTC when unknown). */
    @Transactional(readOnly = true)
    public Map<UUID, ZoneId> zonesOf(Collection<UUID> userIds) {
        var zones = new HashMap<UUID, ZoneId>();
        userIds.forEach(id -> zones.put(id, ZoneOffset.UTC));
        if (userIds.isEmpty()) {
            return zones;
        }
        jdbc.query("select user_id, time_zone from user_settings where user_id in (:ids) and time_zone is not null",
                Map.of("ids", userIds), row -> {
                    try {
                        zones.put(row.getObject("user_id", UUID.class), ZoneId.of(row.getString("time_zone")));
                    } catch (DateTimeException ignored) {
                        // a zone this JDK no longer knows: UTC, as for an unknown zone
                    }
                });
        return zones;
    }
}
