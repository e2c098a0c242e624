package app.helmsman.calendar;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.calendar.internal.SyncEngine;
import app.helmsman.calendar.internal.spi.ProviderSources;
import app.helmsman.calendar.internal.spi.ProviderSources.ProviderCalendar;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SyncFailure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real Chromium: the Calendars page and the day's events pass axe-core with no violation, also at 320 px. */
@IntegrationTest
class CalendarsBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    CalendarService calendars;
    @Autowired
    FakeProvider provider;
    @Autowired
    ProviderSources providerSources;
    @Autowired
    SyncEngine engine;

    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        provider.arm();
        browser = Chromium.start();
    }

    @AfterEach
    void stop() {
        provider.disarm();
        fixtures.signOut();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void calendars_today_and_upcoming_have_no_accessibility_violations() {
        fixtures.admin("root@example.com"); // with no admin yet, every page leads to the first-run setup
        var user = fixtures.user("ada@example.com");
        var today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\n"
                + event("a", "Dentist", today.plus(Duration.ofHours(14)), today.plus(Duration.ofHours(15)))
                + event("b", "Team review", today.plus(Duration.ofDays(2)).plus(Duration.ofHours(9)), today.plus(Duration.ofDays(2)).plus(Duration.ofHours(10)))
                + "END:VCALENDAR\r\n";
        fixtures.signIn("ada@example.com");
        calendars.importFile("Family.ics", new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
        calendars.regenerateFeed();
        fixtures.signOut();
        providerSources.register(user, UUID.randomUUID(), SourceKind.GOOGLE, List.of(new ProviderCalendar("work", "Work", true, true)));
        provider.script("work", new SyncFailure(SyncFailure.Kind.NEEDS_RECONNECTING, "Reconnect Google to keep Work in sync.", null, null));
        engine.round();

        signIn("ada@example.com");
        open("/today/list");
        assertThat(browser.findElement(By.cssSelector(".hm-agenda")).getText()).contains("Dentist");
        assertThat(axeViolations(browser)).as("Today's list with the day's events").isEmpty();

        open("/upcoming");
        assertThat(browser.findElement(By.cssSelector(".hm-agenda")).getText()).contains("Team review");
        assertThat(axeViolations(browser)).as("Upcoming with the next days' events").isEmpty();

        open("/settings/calendars");
        assertThat(browser.getTitle()).isEqualTo("Calendars · Helmsman");
        assertThat(browser.findElement(By.cssSelector(".hm-calendar-problems")).getText()).contains("Reconnect Google");
        assertThat(axeViolations(browser)).as("Calendars").isEmpty();

        browser.manage().window().setSize(new Dimension(320, 800));
        waitUntilIdle(browser);
        assertThat(axeViolations(browser)).as("Calendars at 320 px").isEmpty();
        // The calendar page's own content fits 320 px; the shared header (MainLayout: Add task, theme select, sign out)
        // is wider than 320 px today, for every page, so a no-horizontal-scrolling check belongs with the shell.
        assertThat(browser.findElement(By.cssSelector(".hm-calendar-list")).getRect().getWidth()).isLessThanOrEqualTo(
                browser.findElement(By.cssSelector(".hm-calendars")).getRect().getWidth());
    }

    private static String event(String uid, String title, Instant start, Instant end) {
        var format = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC);
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:" + format.format(start) + "\r\nDTEND:" + format.format(end)
                + "\r\nSUMMARY:" + title + "\r\nEND:VEVENT\r\n";
    }

    /** Tab to the email field, type, Tab to the password, type, Enter (as AccessibilityBrowserIT does). */
    private void signIn(String email) {
        open("/login");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            js(d, "document.body.focus()");
            for (int i = 0; i < 10 && !"username".equals(js(d, "return document.activeElement.name")); i++) {
                new org.openqa.selenium.interactions.Actions(d).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            }
            return "username".equals(js(d, "return document.activeElement.name"));
        });
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(email).sendKeys(org.openqa.selenium.Keys.TAB).sendKeys(Fixtures.PASSWORD)
                .sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "Today · Helmsman".equals(d.getTitle()));
        waitUntilIdle(browser);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilIdle(browser);
    }
}
