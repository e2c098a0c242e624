package app.helmsman.planner.ui;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium (issue 14): the scheduling keys of the task lists work with the keyboard alone and never while
 * typing; the end-of-day review has no axe-core violations (light and dark, with its undo notification) and
 * moves a task with one key. Thursday 3 December 2026, 19:00 UTC.
 */
@IntegrationTest
class DayReviewBrowserIT {

    static final Instant EVENING = Instant.parse("2026-12-03T19:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;

    WebDriver browser;
    UUID call;
    UUID tidy;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        clock.set(EVENING);
        fixtures.admin("root@example.com");
        fixtures.user("sam@example.com");
        fixtures.signIn("sam@example.com");
        var paid = tasks.create(TaskDraft.titled("Pay rent").withDoDate(TODAY)).id();
        tasks.complete(paid, null);
        call = tasks.create(TaskDraft.titled("Call mom").withDoDate(TODAY)).id();
        tidy = tasks.create(TaskDraft.titled("Tidy desk").withDoDate(TODAY.minusDays(1))).id();
        tasks.create(TaskDraft.titled("Tax return").withDeadlines(null, TODAY.plusDays(2)));
        tasks.create(TaskDraft.titled("Report").withDoDate(TODAY.plusDays(1)).withDeadlines(null, TODAY.plusDays(4)));
        fixtures.signOut();
        browser = Chromium.start();
        Chromium.signIn(browser, port, "sam@example.com");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        clock.reset();
    }

    @Test
    void o_moves_the_focused_task_to_tomorrow_and_typing_o_in_a_field_does_not() {
        open("/today/list"); // today's task list (the home page is today's plan)
        assertThat(mainText()).contains("Due soon", "Tax return");
        js(browser, "document.querySelector('.hm-task-row[tabindex=\"0\"]').focus()");
        assertThat(focusedTask()).isEqualTo("Call mom");

        keys("o");

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !mainText().contains("Call mom"));
        assertThat(announcer()).contains("Moved 'Call mom' to tomorrow");
        assertThat(focusedTask()).as("focus stays in the list").isNotNull();
        fixtures.signIn("sam@example.com");
        assertThat(tasks.get(call).doDate()).isEqualTo(TODAY.plusDays(1));

        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> mainText().contains("Call mom"));
        assertThat(tasks.get(call).doDate()).isEqualTo(TODAY);

        open("/search");
        var field = browser.findElement(By.cssSelector("vaadin-text-field input"));
        field.click();
        keys("o");
        keys("t");
        assertThat(field.getAttribute("value")).isEqualTo("ot");
        assertThat(tasks.get(call).doDate()).isEqualTo(TODAY);
        assertThat(tasks.get(tidy).doDate()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void upcoming_names_a_planned_task_again_on_its_deadlines_day_without_accessibility_violations() {
        open("/upcoming");

        assertThat(mainText()).contains("Deadline for 'Report', planned for tomorrow", "Tax return");
        assertThat(axeViolations(browser)).as("upcoming").isEmpty();
    }

    @Test
    void the_review_has_no_accessibility_violations_and_works_with_the_keyboard_alone() {
        open("/review");
        assertThat(browser.getTitle()).isEqualTo("Review your day · Helmsman");
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(mainText()).contains("Pay rent", "Call mom", "Tidy desk");
        assertThat(axeViolations(browser)).as("review light").isEmpty();
        js(browser, "document.documentElement.setAttribute('theme', 'dark')");
        assertThat(axeViolations(browser)).as("review dark").isEmpty();
        js(browser, "document.documentElement.removeAttribute('theme')");

        js(browser, "document.querySelector('.hm-review-row vaadin-button').focus()");
        keys("d");

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !mainText().contains("Call mom"));
        assertThat(announcer()).contains("Moved 'Call mom' to someday (no date)");
        assertThat(js(browser, "const r = document.activeElement.closest('.hm-review-row');"
                + " return r ? r.querySelector('.hm-review-title').textContent : null")).as("focus on the next task").isEqualTo("Tidy desk");
        assertThat(axeViolations(browser)).as("review with the undo notification").isEmpty();
        fixtures.signIn("sam@example.com");
        assertThat(tasks.get(call).doDate()).isNull();

        var line = browser.findElement(By.cssSelector(".hm-review-reflection vaadin-text-field input"));
        line.click();
        line.sendKeys("Slow, then fine.", Keys.ENTER);
        waitUntilIdle(browser);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> announcer().contains("Saved your line for today"));
    }

    private void keys(String key) {
        new Actions(browser).sendKeys(key).perform();
        waitUntilIdle(browser);
    }

    private String announcer() {
        return String.valueOf(js(browser, "return document.getElementById('announcer').textContent"));
    }

    private String mainText() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private String focusedTask() {
        waitUntilIdle(browser);
        return (String) js(browser, "const r = document.activeElement.closest('.hm-task-row');"
                + " return r ? r.querySelector('.hm-task-title').textContent : null");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilIdle(browser);
    }
}
