package app.helmsman.focus;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import java.time.Duration;
import java.time.Instant;
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

/** Real Chromium, keyboard only: start focus, pause and resume with p, the header timer elsewhere, finish; axe finds nothing; reduced motion stills the bar. */
@IntegrationTest
class FocusBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskService tasks;
    @Autowired
    FocusService focus;

    WebDriver browser;
    UUID plan;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com"); // setup is over: the sign-in page is shown
        fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
        plan = tasks.create(TaskDraft.titled("Write the plan")).id();
        tasks.create(TaskDraft.titled("Outline").under(plan));
        browser = Chromium.start();
    }

    @AfterEach
    void stop() {
        fixtures.signOut();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void keyboard_alone_starts_pauses_resumes_and_finishes_focus_without_accessibility_violations() {
        Chromium.signIn(browser, port, "ada@example.com");
        browser.get("http://localhost:" + port + "/focus?task=" + plan);
        waitUntilIdle(browser);
        assertThat(browser.getTitle()).isEqualTo("Focus · Helmsman");
        assertThat(axeViolations(browser)).as("the offer to start").isEmpty();

        tabTo("Start focus");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor("the timer to run", () -> "Pause".equals(activeName()));
        assertThat(focus.current()).get().extracting(FocusSession::taskId).isEqualTo(plan);
        waitFor("the browser to tick the digits", () -> browser.findElement(By.cssSelector(".hm-focus .hm-timer-clock")).getText().matches("2[45]:\\d\\d"));
        assertThat(browser.findElement(By.cssSelector("#announcer")).getText()).startsWith("Focus started on 'Write the plan'");
        assertThat(axeViolations(browser)).as("a running session").isEmpty();
        assertThat(js(browser, "return getComputedStyle(document.querySelector('.hm-focus .hm-timer-clock')).fontVariantNumeric"))
                .as("the focus styles are loaded").isEqualTo("tabular-nums");
        assertThat(js(browser, "return getComputedStyle(document.querySelector('.hm-timer-fill')).transitionDuration"))
                .as("the bar glides by default").isEqualTo("1s");
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("features", java.util.List.of(java.util.Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        waitFor("the reduced motion setting to still the bar", () -> !"1s".equals(
                js(browser, "return getComputedStyle(document.querySelector('.hm-timer-fill')).transitionDuration")));
        assertThat(Double.parseDouble(String.valueOf(js(browser, "return getComputedStyle(document.querySelector('.hm-timer-fill')).transitionDuration"))
                .replace("s", ""))).as("reduced motion: the bar jumps, it does not glide").isLessThan(0.001);
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", java.util.List.of()));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(320, 800));
        waitFor("the narrow layout", () -> ((Number) js(browser, "return document.documentElement.clientWidth")).intValue() <= 320);
        assertThat(((Number) js(browser, "return document.querySelector('.hm-focus').scrollWidth")).intValue())
                .as("the focus view fits 320 px").isLessThanOrEqualTo(((Number) js(browser, "return document.querySelector('.hm-focus').clientWidth")).intValue());
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

        new Actions(browser).sendKeys("p").perform();
        waitFor("the pause", () -> "Resume".equals(activeName()));
        assertThat(focus.current().orElseThrow().paused()).isTrue();
        assertThat(axeViolations(browser)).as("a paused session").isEmpty();
        new Actions(browser).sendKeys("p").perform();
        waitFor("the resume", () -> "Pause".equals(activeName()));

        // elsewhere the header shows the timer, named in words
        browser.get("http://localhost:" + port + "/");
        waitUntilIdle(browser);
        var header = browser.findElement(By.cssSelector("a.hm-focus-header"));
        assertThat(header.getAccessibleName()).startsWith("Focus on 'Write the plan': ").endsWith("left. Open focus");
        assertThat(js(browser, "return getComputedStyle(document.querySelector('a.hm-focus-header')).fontVariantNumeric"))
                .as("header timer styled").isEqualTo("tabular-nums");
        assertThat(axeViolations(browser)).as("today with the header timer").isEmpty();
        tabTo(header.getAccessibleName());
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/focus"));
        waitUntilIdle(browser);

        tabTo("Finish");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor("the finish", () -> focus.current().isEmpty());
        waitFor("the announcement", () -> browser.findElement(By.cssSelector("#announcer")).getText().startsWith("Focus finished"));
        assertThat(axeViolations(browser)).as("after finishing").isEmpty();
    }

    @Test
    void a_milestone_reached_on_another_page_shows_a_toast_said_once() {
        Chromium.signIn(browser, port, "ada@example.com");
        // a countdown whose "5 minutes left" comes a few seconds from now, started on another device
        focus.start(plan, FocusMode.COUNTDOWN, Instant.now().plus(Duration.ofMinutes(5)).plusSeconds(6));
        waitFor("the header timer", () -> !browser.findElements(By.cssSelector("a.hm-focus-header")).isEmpty()
                && browser.findElement(By.cssSelector("a.hm-focus-header")).isDisplayed());

        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage("the milestone's toast")
                .until(d -> Chromium.toastShowing(d, "Focus on 'Write the plan': 5 minutes left."));
        Chromium.assertToastSaidOnce(browser, "Focus on 'Write the plan': 5 minutes left.");
        assertThat(axeViolations(browser)).as("Today with the focus toast").isEmpty();
    }

    private void tabTo(String name) {
        for (int i = 0; i < 60 && !name.equals(activeName()); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(activeName()).as("Tab reaches " + name).isEqualTo(name);
    }

    private String activeName() {
        var active = browser.switchTo().activeElement();
        var name = active.getAccessibleName().strip();
        return name.isEmpty() ? active.getText().strip() : name;
    }

    private void waitFor(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(what).until(d -> condition.getAsBoolean());
    }
}
