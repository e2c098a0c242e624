package app.helmsman.planner;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.focus.FocusMode;
import app.helmsman.focus.FocusService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Today's plan in real Chromium: no axe violations on the plan and Plan my day, and a day planned with the keyboard
 * alone: accept, pin a block, start the first block (focus counting down to its end), complete it, hear the re-plan once.
 */
@IntegrationTest
class PlannerBrowserIT {

    static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    PlannerService planner;
    @Autowired
    TestBusyTime calendar;
    @Autowired
    FocusService focus;

    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        calendar.clear();
        clock.set(Instant.parse("2026-11-23T08:00:00Z"));
        fixtures.admin("root@example.com");
        var ada = fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
        tasks.create(TaskDraft.titled("Write report").withEstimate(60).withDoDate(MONDAY));
        tasks.create(TaskDraft.titled("Call the bank").withEstimate(15).withDoDate(MONDAY));
        tasks.create(TaskDraft.titled("Tidy desk").withEstimate(30).withDoDate(MONDAY));
        fixtures.signOut();
        calendar.add(ada, Instant.parse("2026-11-23T12:00:00Z"), Instant.parse("2026-11-23T13:00:00Z"), "Lunch with Sam");
        browser = Chromium.start();
    }

    @AfterEach
    void stop() {
        calendar.clear();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void plan_the_day_pin_a_block_and_complete_the_first_with_the_keyboard_alone_and_hear_the_re_plan_once() {
        Chromium.signIn(browser, port, "ada@example.com");
        assertThat(browser.getTitle()).isEqualTo("Today · Helmsman");
        assertThat(axeViolations(browser)).as("the draft plan").isEmpty();
        recordAnnouncements();

        tabTo("Plan my day", false);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> "focus on " + activeName())
                .until(d -> (Boolean) js(d, "return !!document.querySelector('vaadin-dialog-overlay[opened], vaadin-dialog[opened]')"));
        waitUntilIdle(browser);
        assertThat(axeViolations(browser)).as("Plan my day").isEmpty();
        tabTo("Accept plan", false);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        awaitAnnounced("Today's plan accepted: 3 blocks.");

        fixtures.signIn("ada@example.com");
        List<TodayPlan.Block> blocks;
        try {
            blocks = planner.today().blocks();
        } finally {
            fixtures.signOut();
        }
        assertThat(blocks).hasSize(3);
        var first = blocks.getFirst();
        var second = blocks.get(1);
        assertThat(axeViolations(browser)).as("the accepted plan").isEmpty();

        tabTo("Pin: " + second.title(), false);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        awaitAnnounced("Pinned '" + second.title() + "' at ");

        // start the first block: its link opens focus on it, counting down to the block's end
        tabTo("Start focus on " + first.title(), true);
        assertThat(browser.switchTo().activeElement().getAttribute("href")).contains("focus?task=" + first.taskId());
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/focus?task=" + first.taskId()));
        waitUntilIdle(browser);
        tabTo("Start focus", false);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage("the countdown to start").until(d -> {
            fixtures.signIn("ada@example.com");
            try {
                return focus.current().filter(f -> f.taskId().equals(first.taskId()) && f.mode() == FocusMode.COUNTDOWN).isPresent();
            } finally {
                fixtures.signOut();
            }
        });
        waitUntilIdle(browser);
        assertThat(axeViolations(browser)).as("the first block under way on the focus page").isEmpty();

        // back to Today, and complete it there
        tabTo("Today", true);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "Today · Helmsman".equals(d.getTitle()));
        waitUntilIdle(browser);
        recordAnnouncements();
        tabTo("Done: " + first.title(), false);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        awaitAnnounced("Plan updated");

        // a positive signal after the re-plan's announcement, then count: the re-plan was announced exactly once
        tabTo("Low day", true);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        awaitAnnounced("Low day: the plan is lighter.");
        assertThat(announced()).filteredOn(a -> a.startsWith("Plan updated")).hasSize(1);
        fixtures.signIn("ada@example.com");
        try {
            var after = planner.today().blocks();
            assertThat(after).extracting(TodayPlan.Block::taskId).doesNotContain(first.taskId());
            assertThat(after).filteredOn(TodayPlan.Block::pinned).singleElement().satisfies(b -> {
                assertThat(b.blockId()).isEqualTo(second.blockId());
                assertThat(b.start()).isEqualTo(second.start());
            });
        } finally {
            fixtures.signOut();
        }
        assertThat(axeViolations(browser)).as("the re-planned day").isEmpty();
    }

    @Test
    void a_re_plan_made_elsewhere_leaves_keyboard_focus_on_the_control_that_had_it() {
        fixtures.signIn("ada@example.com");
        List<TodayPlan.Block> blocks;
        try {
            blocks = planner.accept().blocks();
        } finally {
            fixtures.signOut();
        }
        assertThat(blocks).hasSize(3);
        var second = blocks.get(1);
        var last = blocks.getLast();
        Chromium.signIn(browser, port, "ada@example.com");
        waitUntilIdle(browser);
        recordAnnouncements();
        tabTo("Pin: " + last.title(), false);
        var focused = browser.switchTo().activeElement().getAttribute("id");
        assertThat(focused).isEqualTo("plan-pin-" + last.blockId());

        // the second task is completed on another device: this window re-plans and re-renders the timeline
        fixtures.signIn("ada@example.com");
        try {
            tasks.complete(second.taskId(), null);
        } finally {
            fixtures.signOut();
        }
        awaitAnnounced("Plan updated");

        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("[aria-label='Done: " + second.title() + "']")))
                .as("the completed task left the timeline").isEmpty();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus stays where it was").isEqualTo(focused);
        assertThat(activeName()).isEqualTo("Pin: " + last.title());
    }

    @Test
    void done_on_a_block_with_open_subtasks_shows_why_and_says_it_once() {
        fixtures.signIn("ada@example.com");
        TodayPlan.Block report;
        try {
            report = planner.today().blocks().stream().filter(b -> b.title().equals("Write report")).findFirst().orElseThrow();
            tasks.create(TaskDraft.titled("Outline").under(report.taskId()));
        } finally {
            fixtures.signOut();
        }
        Chromium.signIn(browser, port, "ada@example.com");
        tabTo("Done: Write report", false);
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        Chromium.assertToastSaidOnce(browser, "This task has 1 open subtask. Open the task from the list to choose what happens to them.");
        assertThat(axeViolations(browser)).as("the plan with the refusal shown").isEmpty();
    }

    /** Presses Tab (or Shift+Tab) until the focused element has the accessible name (or starts with it). */
    private void tabTo(String name, boolean backwards) {
        for (int i = 0; i < 120; i++) {
            if (activeName().startsWith(name)) {
                return;
            }
            new Actions(browser).sendKeys(backwards ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached '" + name + "'; focus is on '" + activeName() + "'");
    }

    private String activeName() {
        var active = browser.switchTo().activeElement();
        var name = active.getAccessibleName().strip();
        return name.isEmpty() ? active.getText().strip() : name;
    }

    /** Keeps every text the live region gets from now on, in order, in the page (one observer, also after a navigation). */
    private void recordAnnouncements() {
        js(browser, """
                if (window.__announcedObserver) { window.__announcedObserver.disconnect(); }
                window.__announced = [];
                const region = document.getElementById('announcer');
                window.__announcedObserver = new MutationObserver(() => window.__announced.push(region.textContent.trim()));
                window.__announcedObserver.observe(region, { childList: true, characterData: true, subtree: true });""");
    }

    @SuppressWarnings("unchecked")
    private List<String> announced() {
        return (List<String>) js(browser, "return window.__announced");
    }

    private void awaitAnnounced(String start) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage(() -> "announced: " + announced())
                .until(d -> announced().stream().anyMatch(a -> a.startsWith(start)));
        waitUntilIdle(browser);
    }
}
