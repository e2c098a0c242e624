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

/**
 * The brain dump in real Chromium: no axe-core violations before and during review, usable with the keyboard alone,
 * and on a phone a compact review (issue 17) whose sticky Save bar never covers the focused card.
 */
@IntegrationTest
class BrainDumpBrowserIT {

    static final String DUMP = "Call the dentist\nWrite the report, then send it to Sam\nBuy milk";
    /** Twelve proposals: before issue 17 their review was a 9,481 px page at 390 px wide. */
    static final String TWELVE = String.join("\n", "Call the dentist tomorrow", "Write the report by Friday",
            "Buy milk ~5m", "Fix the bike +Garage", "Email Sam about the budget #work", "Pay the gas bill",
            "Book the vet for Luna", "Water the plants", "Renew my ID card before March", "Clean the bathroom",
            "Order printer ink", "Text Priya about dinner");

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

    @Test
    void on_a_phone_twelve_proposals_are_compact_the_save_bar_never_covers_the_focused_card_and_a_reload_keeps_them() {
        phone(390);
        open("/brain-dump");
        js(browser, "document.querySelector('vaadin-text-area.hm-dump-text textarea').focus()");
        new Actions(browser).sendKeys(TWELVE).perform();
        waitFor(() -> text("vaadin-text-area.hm-dump-text").contains("Draft saved."));
        js(browser, "[...document.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === 'Extract tasks').click()");
        waitFor(() -> text("#dump-status").contains("tasks proposed"));
        assertThat(text("#dump-status")).startsWith("12 tasks proposed.");

        var height = ((Number) js(browser, "return Math.ceil(document.querySelector('.hm-brain-dump').getBoundingClientRect().height)")).intValue();
        System.out.println("Brain dump review, 12 proposals at 390 px wide: page " + height + " px (was 9,481 px)");
        assertThat(height).as("page height with 12 proposals at 390 px").isLessThan(3_000);
        assertThat(js(browser, "return document.querySelectorAll('ul.hm-proposals > li.hm-proposal').length")).isEqualTo(12L);
        assertThat(js(browser, "return document.querySelectorAll('.hm-proposal vaadin-form-layout:not([hidden])').length"))
                .as("no card shows its fields before Edit").isEqualTo(0L);
        assertThat(axeViolations(browser)).as("compact review on a phone").isEmpty();

        // Edit opens that card's fields only, says so, and axe is still happy
        js(browser, "document.querySelectorAll('.hm-proposal')[3].querySelectorAll('vaadin-button')[2].click()");
        waitFor(() -> "true".equals(js(browser, "return document.querySelectorAll('.hm-proposal')[3].querySelectorAll('vaadin-button')[2].getAttribute('aria-expanded')")));
        assertThat(js(browser, "return document.querySelectorAll('.hm-proposal vaadin-form-layout:not([hidden])').length")).isEqualTo(1L);
        assertThat(axeViolations(browser)).as("one card open for editing").isEmpty();

        // at 320 px, Tab through the cards: whatever has focus is above the sticky Save bar
        phone(320);
        js(browser, "window.scrollTo(0, 0); document.getElementById('review-heading').focus()");
        var covered = new java.util.ArrayList<String>();
        for (int i = 0; i < 45; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            var problem = js(browser, """
                    const a = document.activeElement; const bar = document.querySelector('.hm-review-actions');
                    if (!a || !a.closest('.hm-proposal')) { return null; }
                    const r = a.getBoundingClientRect(); const b = bar.getBoundingClientRect();
                    return r.bottom > b.top + 1 ? (a.textContent || a.tagName).trim() + ' ' + Math.round(r.bottom) + ' > ' + Math.round(b.top) : null;""");
            if (problem != null) {
                covered.add(problem.toString());
            }
        }
        assertThat(covered).as("focused controls covered by the Save bar").isEmpty();

        // decide two, reload: the same review comes back
        js(browser, "document.querySelectorAll('.hm-proposal')[0].querySelectorAll('vaadin-button')[0].click()");
        js(browser, "document.querySelectorAll('.hm-proposal')[1].querySelectorAll('vaadin-button')[1].click()");
        waitFor(() -> text(".hm-review-actions").contains("Save 1 task \u00b7 1 rejected"));
        browser.navigate().refresh();
        waitUntilIdle(browser);
        waitFor(() -> text("#dump-status").contains("Your review is kept"));
        assertThat(js(browser, "return [...document.querySelectorAll('.hm-proposal')].map(c => c.dataset.decision).join(',')"))
                .isEqualTo("accepted,rejected" + ",open".repeat(10));
        assertThat(text(".hm-review-actions")).contains("Save 1 task \u00b7 1 rejected");
    }

    private void phone(int width) {
        var cdp = (org.openqa.selenium.chrome.ChromeDriver) browser;
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", 780,
                "deviceScaleFactor", 2, "mobile", true));
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
