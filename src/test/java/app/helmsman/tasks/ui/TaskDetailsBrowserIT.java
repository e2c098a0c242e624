package app.helmsman.tasks.ui;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import java.time.Duration;
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

/** Real Chromium: task details' pickers write dates in the browser's locale, and "More fields" works by keyboard. */
@IntegrationTest
class TaskDetailsBrowserIT {

    private static final String EMAIL = "ada@example.com";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskService tasks;
    @Autowired
    ProjectService projects;

    WebDriver browser;
    java.util.UUID project;

    @BeforeEach
    void start() {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        fixtures.user(EMAIL);
        fixtures.signIn(EMAIL);
        project = projects.createProject(new ProjectDraft("Home", "#2563eb", null)).id();
        tasks.create(TaskDraft.titled("Pay rent").inProject(project).withDoDate(LocalDate.of(2026, 12, 20)).withDoTime(LocalTime.of(15, 0)));
        fixtures.signOut();
    }

    @AfterEach
    void stop() {
        fixtures.signOut();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_british_browser_gets_day_month_dates_and_a_24_hour_clock_in_the_pickers() throws Exception {
        openDetails("en-GB");

        assertThat(js(browser, "return document.querySelector('vaadin-date-picker').inputElement.value")).isEqualTo("20/12/2026");
        assertThat(js(browser, "return document.querySelector('vaadin-time-picker').inputElement.value")).isEqualTo("15:00");
    }

    @Test
    void an_american_browser_gets_month_day_dates_and_a_12_hour_clock_in_the_pickers() throws Exception {
        openDetails("en-US");

        assertThat(js(browser, "return document.querySelector('vaadin-date-picker').inputElement.value")).isEqualTo("12/20/2026");
        assertThat((String) js(browser, "return document.querySelector('vaadin-time-picker').inputElement.value")).matches("3:00\\sPM");
    }

    @Test
    void more_fields_opens_and_closes_by_keyboard_with_focus_kept_and_no_accessibility_violations() throws Exception {
        openDetails("en-GB");
        assertThat(js(browser, "return document.getElementById('hm-details-more').hidden")).isEqualTo(true);
        assertThat(axeViolations(browser)).isEmpty();

        js(browser, "document.querySelector('vaadin-button.hm-more-toggle').focus()");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor("more fields are shown", "return !document.getElementById('hm-details-more').hidden");

        assertThat(js(browser, "return document.querySelector('vaadin-button.hm-more-toggle').getAttribute('aria-expanded')")).isEqualTo("true");
        assertThat(js(browser, "return document.activeElement.classList.contains('hm-more-toggle')")).isEqualTo(true);
        assertThat(axeViolations(browser)).isEmpty();

        new Actions(browser).sendKeys(Keys.SPACE).perform();
        waitFor("more fields are hidden again", "return document.getElementById('hm-details-more').hidden");
        assertThat(js(browser, "return document.querySelector('vaadin-button.hm-more-toggle').getAttribute('aria-expanded')")).isEqualTo("false");
    }

    private void openDetails(String language) throws Exception {
        browser = Chromium.start(language);
        signIn();
        browser.get("http://localhost:" + port + "/projects/" + project);
        waitUntilIdle(browser);
        js(browser, "document.querySelector('.hm-task-title').click()");
        waitFor("the details are open", "return document.querySelectorAll('.hm-details').length === 1");
        waitUntilIdle(browser);
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage("the pickers are filled")
                .until(d -> !"".equals(js(d, "return document.querySelector('vaadin-date-picker').inputElement.value")));
    }

    private void signIn() {
        browser.get("http://localhost:" + port + "/login");
        waitUntilIdle(browser);
        js(browser, "document.body.focus()");
        for (int i = 0; i < 10 && !"username".equals(js(browser, "return document.activeElement.name")); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        new Actions(browser).sendKeys(EMAIL).sendKeys(Keys.TAB).sendKeys(Fixtures.PASSWORD).sendKeys(Keys.ENTER).perform();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "Today · Helmsman".equals(d.getTitle()));
        } catch (RuntimeException e) {
            throw new AssertionError("not signed in: " + browser.getTitle() + " at " + browser.getCurrentUrl() + ": "
                    + js(browser, "return document.body.innerText"), e);
        }
        waitUntilIdle(browser);
    }

    private void waitFor(String what, String script) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(what).until(d -> Boolean.TRUE.equals(js(d, script)));
    }
}
