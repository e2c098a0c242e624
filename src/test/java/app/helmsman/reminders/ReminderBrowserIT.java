package app.helmsman.reminders;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.reminders.internal.ReminderDelivery;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real Chromium, keyboard only: open the notification centre, clear a reminder; axe finds no violation. */
@IntegrationTest
class ReminderBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    ReminderDelivery delivery;
    @Autowired
    ReminderService reminders;

    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        fixtures.admin("ada@example.com"); // with no admin yet, sign-in leads to first-run setup
        fixtures.signIn("ada@example.com");
        try {
            clock.set(Instant.parse("2026-06-10T12:00:00Z"));
            tasks.create(TaskDraft.titled("Call the dentist").withDoDate(LocalDate.of(2026, 6, 10)).withDoTime(LocalTime.of(15, 0)));
            clock.set(Instant.parse("2026-06-10T15:00:00Z"));
            delivery.round();
        } finally {
            clock.reset();
            fixtures.signOut();
        }
        // a British browser: the reminders below are written with its 24-hour clock (DateFormats follows the browser)
        browser = Chromium.start("en-GB");
    }

    @AfterEach
    void stop() {
        clock.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void keyboard_alone_opens_the_notification_centre_and_clears_a_reminder() {
        Chromium.signIn(browser, port, "ada@example.com");
        js(browser, "document.body.focus()");

        tabUntil(name -> name.startsWith("Notifications"));
        assertThat(activeName()).isEqualTo("Notifications, 1 unread");
        assertThat(axeViolations(browser)).as("Today with the bell").isEmpty();

        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitUntilIdle(browser);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> text().contains("'Call the dentist' is planned for"));
        assertThat(axeViolations(browser)).as("the notification centre open").isEmpty();

        tabUntil(name -> name.equals("Done with the reminder of 'Call the dentist'"));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitUntilIdle(browser);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> text().contains("Nothing here."));
        assertThat(activeName()).as("focus stays in the dialog").isEqualTo("Close");

        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waitUntilIdle(browser);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> activeName().startsWith("Notifications"));
        assertThat(activeName()).as("focus returns to the bell").isEqualTo("Notifications, none unread");
    }

    /**
     * The Notification API replaced before any page script runs: it records every permission request and every
     * notification shown; the permission the person gave survives page loads (like the browser's own).
     */
    static final String FAKE_NOTIFICATIONS = """
            window.__asked = 0;
            window.__shown = [];
            class FakeNotification {
              constructor(title, options) { window.__shown.push({ title, body: options.body, tag: options.tag }); }
              static get permission() { return localStorage.getItem('fake-permission') || 'default'; }
              static requestPermission() {
                window.__asked++;
                localStorage.setItem('fake-permission', 'granted');
                return Promise.resolve('granted');
              }
            }
            Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true, writable: true });""";

    @Test
    void browser_notifications_are_asked_for_only_from_settings_and_then_show_a_delivered_reminder_once() {
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of("source", FAKE_NOTIFICATIONS));
        Chromium.signIn(browser, port, "ada@example.com");
        waitUntilIdle(browser);
        assertThat(((Number) js(browser, "return window.__asked")).intValue()).as("never asked on a first visit").isZero();

        browser.get("http://localhost:" + port + "/settings/reminders");
        waitUntilIdle(browser);
        assertThat(((Number) js(browser, "return window.__asked")).intValue()).as("not asked by opening the settings").isZero();
        tabUntil(name -> name.equals("Allow browser notifications"));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> text().contains("Your browser allows Helmsman's notifications."));
        assertThat(((Number) js(browser, "return window.__asked")).intValue()).isEqualTo(1);
        tabUntil(name -> name.equals("Save reminder settings"));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            fixtures.signIn("ada@example.com");
            try {
                return reminders.preferences().browser();
            } finally {
                fixtures.signOut();
            }
        });

        browser.get("http://localhost:" + port + "/");
        waitUntilIdle(browser);
        fixtures.signIn("ada@example.com");
        try {
            clock.set(Instant.parse("2026-06-10T15:30:00Z"));
            tasks.create(TaskDraft.titled("Pay rent").withDoDate(LocalDate.of(2026, 6, 10)).withDoTime(LocalTime.of(16, 0)));
            clock.set(Instant.parse("2026-06-10T16:00:00Z"));
            delivery.round();
        } finally {
            fixtures.signOut();
        }
        // the clock stays at 16:00 until the window has read the reminder: its words are "for 16:00" on the day
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((Number) js(d, "return window.__shown.length")).intValue() > 0);
        waitUntilIdle(browser);
        clock.reset();
        @SuppressWarnings("unchecked")
        var shown = (java.util.List<java.util.Map<String, Object>>) js(browser, "return window.__shown");
        assertThat(shown).singleElement().satisfies(n -> {
            assertThat(n.get("title")).isEqualTo("Helmsman");
            assertThat(n.get("body")).isEqualTo("'Pay rent' is planned for 16:00");
            assertThat(String.valueOf(n.get("tag"))).matches("[0-9a-f-]{36}");
        });
        assertThat(((Number) js(browser, "return window.__asked")).intValue()).as("not asked again").isZero();
        // the toast offers snooze and done, and its words are spoken once (the polite region), not again by its card
        assertThat(String.valueOf(js(browser, "return document.querySelector('.hm-reminder-toast-actions') ? "
                + "document.querySelector('.hm-reminder-toast-actions').textContent : ''"))).contains("Snooze 10 min").contains("Done");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(8)).untilAsserted(() ->
                assertThat(app.helmsman.Chromium.liveRegionsSaying(browser, "'Pay rent' is planned for 16:00")).isEqualTo(1L));
    }

    @Test
    void reminder_settings_have_no_accessibility_violations() {
        Chromium.signIn(browser, port, "ada@example.com");
        browser.get("http://localhost:" + port + "/settings/reminders");
        waitUntilIdle(browser);

        assertThat(browser.getTitle()).isEqualTo("Reminder settings · Helmsman");
        assertThat(axeViolations(browser)).isEmpty();
    }

    @Test
    void the_digest_unsubscribe_page_has_no_accessibility_violations_and_refuses_a_bad_link() {
        browser.get("http://localhost:" + port + "/reminders/unsubscribe?token=not-a-token");
        waitUntilIdle(browser);

        assertThat(browser.getTitle()).isEqualTo("Daily digest · Helmsman");
        assertThat(text()).contains("This link is not valid, so nothing changed.");
        assertThat(axeViolations(browser)).isEmpty();
    }

    private void tabUntil(java.util.function.Predicate<String> found) {
        for (int i = 0; i < 40; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if (found.test(activeName())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the element; last: " + activeName());
    }

    private String activeName() {
        var active = browser.switchTo().activeElement();
        var name = active.getAccessibleName().strip();
        return name.isEmpty() ? active.getText().strip() : name;
    }

    private String text() {
        return String.valueOf(js(browser, "return document.body.innerText + ' ' + Array.from(document.querySelectorAll('vaadin-dialog-overlay'))"
                + ".map(o => o.innerText).join(' ')"));
    }
}
