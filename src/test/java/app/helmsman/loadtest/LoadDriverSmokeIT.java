package app.helmsman.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The load driver (loadtest/README.md) against the whole application: 50 people sign in through the form login and
 * act for 20 s with think time. Asserts behaviour, not timings: nobody failed to sign in, no action failed, and
 * every kind of action ran at least once (so the driver still finds the controls it drives).
 */
@IntegrationTest
class LoadDriverSmokeIT {

    private static final int SESSIONS = 50;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DataSource dataSource;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void fifty_people_acting_for_twenty_seconds_see_no_errors_and_every_action_runs() throws Exception {
        fixtures.resetDatabase();
        int people = 20;
        try (var connection = dataSource.getConnection()) {
            LoadSeed.seed(connection, people);
        }
        var config = new LoadDriver.Config("http://localhost:" + port, SESSIONS, people, Duration.ofSeconds(20), Duration.ofSeconds(2),
                Duration.ofSeconds(5), true, 20, 7, 0, Duration.ofSeconds(5));

        var result = new LoadDriver(config, ServerProbe.none()).run();

        System.out.println(Report.markdown(result));
        assertThat(result.signedIn()).isEqualTo(SESSIONS);
        assertThat(result.errorMessages()).isEmpty();
        assertThat(result.errors()).isZero();
        assertThat(result.kinds().values()).allSatisfy(kind -> assertThat(kind.count()).as(kind.kind() + " ran").isPositive());
        assertThat(result.everyKindRan()).isTrue();
        // the soak's windows: the load phase cut in 5 s slices, each with its own actions, none lost to a window
        assertThat(result.windows()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(window -> assertThat(window.actions()).isPositive());
        assertThat(result.windows().stream().mapToInt(Soak.Window::actions).sum()).isLessThanOrEqualTo(result.actions().count());
    }
}
