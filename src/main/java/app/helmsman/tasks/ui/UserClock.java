package app.helmsman.tasks.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.UserTimeZones;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * "Now" in the signed-in person's time zone (UTC until it is known), for quick add and date labels. The zone is
 * one small read ({@link UserTimeZones}); quick add reads it once when it opens, not on every keystroke.
 */
@SpringComponent
class UserClock {

    private final Clock clock;
    private final UserTimeZones zones;
    private final SignedInUser user;

    UserClock(Clock clock, UserTimeZones zones, SignedInUser user) {
        this.clock = clock;
        this.zones = zones;
        this.user = user;
    }

    ZoneId zone() {
        return zones.zoneOf(user.requireId());
    }

    ZonedDateTime now() {
        return now(zone());
    }

    /** Now in a zone the caller already knows. */
    ZonedDateTime now(ZoneId zone) {
        return clock.instant().atZone(zone);
    }
}
