package app.helmsman.assist;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The brain dump in real Chromium: no axe-core violations before and during review, and usable with the keyboard alone. */
@IntegrationTest
class BrainDumpBrowserIT {

    static final String DUMP = "Call the dentist\nWrite the report, then send it to Sam\nBuy milk";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com"); // without an administrator every page leads to setup
        fixtures.user("ada@example.com");
        browser = Chromium.start();
        signIn("ada@example.com");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void keyboard_alone_types_a_dump_extracts_accepts_all_and_saves_with_no_accessibility_violations() {
        open("/brain-dump");
        assertThat(browser.getTitle()).isEqualTo("Brain dump · Helmsman");
        assertThat(axeViolations(browser)).as("empty brain dump").isEmpty();

        tabUntil(() -> "TEXTAREA".equals(js(browser, "return document.activeElement.tagName")), "the brain dump text area");
        new Actions(browser).sendKeys(DUMP).perform();
        // saved as the person types: the whole text arrives once they pause
        waitFor(() -> jdbc.queryForList("select text from brain_dump_drafts", String.class).equals(java.util.List.of(DUMP)));
        waitFor(() -> text("vaadin-text-area.hm-dump-text").contains("Draft saved."));

        tabUntil(() -> activeName().equals("Extract tasks"), "Extract tasks");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor(() -> text("#dump-status").contains("tasks proposed"));
        assertThat(text("#dump-status")).startsWith("4 tasks proposed.");
        assertThat(js(browser, "return document.activeElement.id")).as("focus moves to the review").isEqualTo("review-heading");
        assertThat(axeViolations(browser)).as("review of proposals").isEmpty();

        tabUntil(() -> activeName().equals("Accept all"), "Accept all");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor(() -> text(".hm-review-actions").contains("Save 4 tasks"));
        tabUntil(() -> activeName().equals("Save 4 tasks"), "Save 4 tasks");
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        waitFor(() -> text("#dump-saved").contains("Saved 4 tasks"));
        assertThat(jdbc.queryForList("select title from tasks order by position", String.class))
                .containsExactly("Call the dentist", "Write the report", "Send it to Sam", "Buy milk");
        assertThat(jdbc.queryForObject("select count(*) from brain_dump_drafts", Integer.class)).isZero();
        assertThat(axeViolations(browser)).as("after saving").isEmpty();
    }

    private void tabUntil(java.util.function.BooleanSupplier reached, String what) {
        for (int i = 0; i < 250 && !reached.getAsBoolean(); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(reached.getAsBoolean()).as("Tab reaches " + what).isTrue();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
        waitUntilIdle(browser);
    }

    private String text(String selector) {
        var value = js(browser, "var e = document.querySelector(arguments[0]); if (!e) return '';"
                + " return e.helperText !== undefined ? (e.helperText || '') : e.textContent;", selector);
        return value == null ? "" : value.toString();
    }

    private String activeName() {
        var active = browser.switchTo().activeElement();
        var name = active.getAccessibleName();
        return name == null ? "" : name.strip();
    }

    private void signIn(String email) {
        open("/login");
        js(browser, "document.body.focus()");
        for (int i = 0; i < 10 && !"username".equals(js(browser, "return document.activeElement.name")); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        new Actions(browser).sendKeys(email).sendKeys(Keys.TAB).sendKeys(Fixtures.PASSWORD).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "Today · Helmsman".equals(d.getTitle()));
        waitUntilIdle(browser);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilIdle(browser);
    }
}
