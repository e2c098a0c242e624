package app.helmsman.calendar;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real Chromium: connecting Google Calendar with the keyboard alone, through the provider's consent page
 * (mock-oauth2-server's interactive page) and back, and axe-core finds no WCAG 2.2 A/AA violation on the
 * connections page before and after.
 */
class CalendarConnectionsBrowserIT extends CalendarProviderTest {

    WebDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void keyboard_alone_connects_google_calendar_and_the_page_has_no_accessibility_violations() throws Exception {
        fixtures.admin("root@example.com");
        fixtures.user("ada@example.com");
        stubCalendarList(CalendarProvider.GOOGLE);
        browser = Chromium.start();
        Chromium.signIn(browser, port, "ada@example.com");
        browser.get("http://localhost:" + port + "/calendar-connections");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "Calendar connections · Helmsman".equals(d.getTitle()));
        assertThat(axeViolations(browser)).isEmpty();

        tabTo("Connect Google Calendar");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().startsWith(idp.baseUrl().toString()));
        js(browser, "document.body.focus()");
        for (int i = 0; i < 10 && !"username".equals(js(browser, "return document.activeElement.name")); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(js(browser, "return document.activeElement.name")).as("Tab reaches the provider's account field").isEqualTo("username");
        new Actions(browser).sendKeys("ada-at-google").sendKeys(Keys.TAB).perform();
        assertThat(js(browser, "return document.activeElement.name")).isEqualTo("claims");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys("{\"email\":\"ada@gmail.example\"}").sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/calendar-connections?connected=google"));
        waitUntilIdle(browser);
        var page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Google Calendar is connected.").contains("Google Calendar (ada@gmail.example)").contains("Connected");
        assertThat(jdbc.queryForObject("select count(*) from calendar_connections", Integer.class)).isEqualTo(1);
        assertThat(axeViolations(browser)).isEmpty();
    }

    /** Tabs from the top of the page until the focused element has this accessible name. */
    private void tabTo(String name) {
        js(browser, "document.body.focus()");
        for (int i = 0; i < 60 && !name.equals(focusedName()); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(focusedName()).as("Tab reaches " + name).isEqualTo(name);
    }

    private String focusedName() {
        var active = browser.switchTo().activeElement();
        var name = active.getAccessibleName().strip();
        return name.isEmpty() ? active.getText().strip() : name;
    }
}
