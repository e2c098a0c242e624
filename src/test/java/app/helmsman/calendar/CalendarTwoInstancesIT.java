package app.helmsman.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Application;
import app.helmsman.Fixtures;
import app.helmsman.Windows;
import app.helmsman.calendar.internal.SyncEngine;
import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import app.helmsman.live.RedisForTests;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two application instances on one PostgreSQL and one Redis, both syncing against the Graph stub: when both run a
 * round at the same moment, every due calendar is synced by exactly one of them; an event change synced on instance
 * A reaches a person's view on instance B (the live hint travels through Redis; B then reads the shared database).
 */
class CalendarTwoInstancesIT extends CalendarProviderTest {

    static final String DELTA = "/v1.0/me/calendars/%s/calendarView/delta(\\(\\))?";
    static final RedisForTests redis = RedisForTests.startedForClass();

    static ConfigurableApplicationContext instanceB;

    @DynamicPropertySource
    static void redisUrl(DynamicPropertyRegistry properties) {
        properties.add("helmsman.live.redis-url", redis::url);
    }

    @Autowired
    SyncEngine engineOnA;

    /**
     * Closes instance B after the test, and gives the security context back to this context: B installed its own
     * strategy as the global one, and a closed context's strategy would break the next class sharing this context.
     */
    @AfterEach
    void stopInstanceB() {
        MockVaadin.tearDown();
        if (instanceB != null) {
            instanceB.close();
            instanceB = null;
        }
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    static ConfigurableApplicationContext instanceB() {
        if (instanceB == null) {
            var args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0", "--helmsman.live.redis-url=" + redis.url(),
                    "--helmsman.calendar.encryption-key=" + NEW_KEY, "--helmsman.calendar.encryption-old-keys=" + OLD_KEY,
                    "--helmsman.calendar.http-timeout=5s"));
            for (var provider : List.of("google", "microsoft")) {
                var prefix = "--helmsman.calendar." + provider + ".";
                args.add(prefix + "client-id=helmsman-calendar-" + provider);
                args.add(prefix + "client-secret=test-secret");
                args.add(prefix + "authorization-uri=" + idp.authorizationEndpointUrl(provider));
                args.add(prefix + "token-uri=" + idp.tokenEndpointUrl(provider));
                args.add(prefix + "revoke-uri=" + ("google".equals(provider) ? idp.revocationEndpointUrl(provider).toString() : ""));
                args.add(prefix + "api-base-url=" + api.baseUrl());
            }
            instanceB = new SpringApplicationBuilder(Application.class, Fixtures.class).profiles("test").run(args.toArray(String[]::new));
        }
        return instanceB;
    }

    @Test
    void both_instances_syncing_at_once_sync_every_calendar_exactly_once_and_a_change_reaches_a_view_on_the_other() throws Exception {
        var engineOnB = instanceB().getBean(SyncEngine.class);
        connected("ada@example.com", CalendarProvider.OUTLOOK); // two calendars: cal-1 and cal-2
        var ada = jdbc.queryForObject("select id from users where email = 'ada@example.com'", UUID.class);
        var tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        stubDelta("cal-1", "standup", "Standup", tomorrow, 9);
        stubDelta("cal-2", "birthday", "Birthday", tomorrow, 12);
        makeDue();

        for (int round = 1; round <= 3; round++) {
            api.resetRequests();
            var barrier = new CyclicBarrier(2);
            try (var pool = Executors.newFixedThreadPool(2)) {
                Future<SyncEngine.Round> onA = pool.submit(() -> { barrier.await(); return engineOnA.round(); });
                Future<SyncEngine.Round> onB = pool.submit(() -> { barrier.await(); return engineOnB.round(); });
                var a = onA.get(60, TimeUnit.SECONDS);
                var b = onB.get(60, TimeUnit.SECONDS);
                assertThat(a.synced() + b.synced()).as("round %d: calendars synced by A and B together", round).isEqualTo(2);
            }
            for (var calendar : List.of("cal-1", "cal-2")) {
                api.verify(1, getRequestedFor(urlPathMatching(DELTA.formatted(calendar))));
            }
            makeDue();
        }

        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("app.helmsman"), instanceB, UI::new));
        List<LiveHint> onB = new CopyOnWriteArrayList<>();
        instanceB.getBean(LiveUpdates.class).subscribe(UI.getCurrent(), ada, Set.of("calendar"), onB::addAll);
        stubDelta("cal-1", "standup", "Standup moved", tomorrow, 15);
        var result = engineOnA.round();
        assertThat(result.synced()).isEqualTo(2);

        Windows.runPendingUntil("the calendar hint on instance B", () -> !onB.isEmpty());
        assertThat(onB).allSatisfy(hint -> assertThat(hint.users()).containsExactly(ada));
        instanceB.getBean(Fixtures.class).signIn("ada@example.com");
        var agendaOnB = instanceB.getBean(CalendarService.class).agenda(tomorrow, tomorrow);
        assertThat(agendaOnB).extracting(AgendaEvent::title).containsExactly("Birthday", "Standup moved");
        assertThat(agendaOnB.get(1).start()).isEqualTo(tomorrow.atTime(15, 0).toInstant(ZoneOffset.UTC));
    }

    private void makeDue() {
        jdbc.update("update calendar_sources set next_attempt = now() - interval '1 minute', lease_token = null, lease_until = null");
    }

    private static void stubDelta(String calendar, String id, String title, LocalDate day, int hour) {
        api.stubFor(get(urlPathMatching(DELTA.formatted(calendar))).willReturn(okJson("""
                {"@odata.deltaLink":"%s/v1.0/me/calendars/%s/calendarView/delta?$deltatoken=next","value":[
                  {"id":"%s","subject":"%s","showAs":"busy",
                   "start":{"dateTime":"%sT%02d:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"%sT%02d:30:00.0000000","timeZone":"UTC"}}]}"""
                .formatted(api.baseUrl(), calendar, id, title, day, hour, day, hour))));
    }
}
