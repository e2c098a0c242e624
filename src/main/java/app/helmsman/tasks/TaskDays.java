package app.helmsman.tasks;

import app.helmsman.accounts.UserTimeZones;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which day it is for a person: the clock's instant in their time zone. A person whose zone is not known
 * yet (never detected from a browser, never chosen) gets UTC days until it is.
 */
@Component
class TaskDays {

    private final Clock clock;
    private final UserTimeZones zones;

    TaskDays(Clock clock, UserTimeZones zones) {
        this.clock = clock;
        this.zones = zones;
    }

    ZoneId zone(UUID user) {
        return zones.zoneOf(user);
    }

    LocalDate today(UUID user) {
        return today(zone(user));
    }

    LocalDate today(ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate();
    }
}
