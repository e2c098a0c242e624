package app.helmsman.tasks.ui;

import app.helmsman.accounts.AccountService;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** "Now" in the signed-in person's time zone (UTC until it is known), for quick add and date labels. */
@SpringComponent
class UserClock {

    private final Clock clock;
    private final AccountService accounts;

    UserClock(Clock clock, AccountService accounts) {
        this.clock = clock;
        this.accounts = accounts;
    }

    ZoneId zone() {
        var zone = accounts.settings().timeZone();
        return zone == null ? ZoneOffset.UTC : zone;
    }

    ZonedDateTime now() {
        return clock.instant().atZone(zone());
    }
}
