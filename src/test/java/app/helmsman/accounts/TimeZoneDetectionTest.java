package app.helmsman.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TimeZoneDetectionTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void signedIn() {
        fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
    }

    @Test
    void the_browsers_zone_is_stored_on_the_first_visit() {
        accounts.rememberDetectedTimeZone("Pacific/Auckland");

        assertThat(accounts.settings().timeZone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
    }

    @Test
    void a_zone_the_person_already_has_is_never_overwritten_by_detection() {
        accounts.rememberDetectedTimeZone("Europe/Berlin");
        accounts.rememberDetectedTimeZone("America/New_York");

        assertThat(accounts.settings().timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void an_unknown_or_empty_zone_is_ignored() {
        accounts.rememberDetectedTimeZone("Mars/Olympus_Mons");
        accounts.rememberDetectedTimeZone("");

        assertThat(accounts.settings().timeZone()).isNull();
    }
}
