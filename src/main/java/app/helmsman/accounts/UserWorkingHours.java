package app.helmsman.accounts;

import app.helmsman.accounts.UserSettings.EnergyPeak;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's working hours, zone and energy peak, for the planner, which also re-plans with nobody signed in
 * (after a calendar change). Reveals nothing but these settings.
 */
@Component
public class UserWorkingHours {

    /** Working hours in {@code zone}; {@code end} is after {@code start}. */
    public record WorkingHours(ZoneId zone, LocalTime start, LocalTime end, EnergyPeak energyPeak) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final UserTimeZones zones;

    UserWorkingHours(NamedParameterJdbcTemplate jdbc, UserTimeZones zones) {
        this.jdbc = jdbc;
        this.zones = zones;
    }

    /** The person's working hours; 09:00-17:00 with a morning peak when they have no settings row. */
    @Transactional(readOnly = true)
    public WorkingHours of(UUID userId) {
        var zone = zones.zoneOf(userId);
        var rows = jdbc.query("select work_start, work_end, energy_peak from user_settings where user_id = :id", Map.of("id", userId),
                (row, n) -> new WorkingHours(zone, row.getObject("work_start", LocalTime.class), row.getObject("work_end", LocalTime.class),
                        peak(row.getString("energy_peak"))));
        return rows.isEmpty() ? new WorkingHours(zone, LocalTime.of(9, 0), LocalTime.of(17, 0), EnergyPeak.MORNING) : rows.getFirst();
    }

    private static EnergyPeak peak(String name) {
        try {
            return EnergyPeak.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return EnergyPeak.MORNING;
        }
    }
}
