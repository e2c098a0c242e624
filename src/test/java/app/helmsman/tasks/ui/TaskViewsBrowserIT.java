package app.helmsman.tasks.ui;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.tasks.Energy;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskTrashService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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

/** Real Chromium: the task views with tasks in them have no axe-core violations, light and dark, and the list keys work. */
@IntegrationTest
class TaskViewsBrowserIT {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskTrashService trash;
    @Autowired
    ProjectService projects;

    WebDriver browser;
    UUID familyTag;
    UUID report;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        clock.set(NOW);
        fixtures.admin("root@example.com");
        fixtures.user("sam@example.com");
        fixtures.signIn("sam@example.com");
        var home = projects.createProject(ProjectDraft.named("Home")).id();
        report = tasks.create(TaskDraft.titled("Write report").withDoDate(TODAY).withDoTime(LocalTime.of(9, 30)).withEstimate(45)
                .withEnergy(Energy.HIGH).withPriority(1).withDeadlines(null, TODAY.plusDays(2)).withStatus(Status.IN_PROGRESS)).id();
        tasks.create(new TaskDraft("Outline", null, null, null, null, null, null, null, null, null, null, null, null, report, List.of(),
                null, null));
        tasks.create(TaskDraft.titled("Call mom").withDoDate(TODAY.minusDays(2)).withTags("family"));
        tasks.create(TaskDraft.titled("Buy milk"));
        tasks.create(TaskDraft.titled("Book flights").withTags("family"));
        tasks.create(new TaskDraft("Fix bike", null, null, null, null, null, null, TODAY.plusDays(3), null, null, null, null, home, null,
                List.of("errands"), null, null));
        tasks.create(TaskDraft.titled("Dentist").withDoDate(TODAY.plusDays(1)));
        trash.trash(tasks.create(TaskDraft.titled("Old idea")).id());
        familyTag = projects.tags().stream().filter(t -> t.name().equals("family")).findFirst().orElseThrow().id();
        fixtures.signOut();
        browser = Chromium.start();
        signIn("sam@example.com");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        clock.reset();
    }

    @Test
    void every_task_view_with_tasks_has_no_accessibility_violations_in_light_and_dark() {
        var pages = List.of(
                new String[] {"/today/list", "Today's list · Helmsman", "Write report"},
                new String[] {"/inbox", "Inbox · Helmsman", "Buy milk"},
                new String[] {"/upcoming", "Upcoming · Helmsman", "Dentist"},
                new String[] {"/search?q=o&energy=HIGH,LOW,MEDIUM", "Search · Helmsman", null},
                new String[] {"/search?q=o", "Search · Helmsman", "Book flights"},
                new String[] {"/trash", "Trash · Helmsman", "Old idea"},
                new String[] {"/tags", "Tags · Helmsman", null},
                new String[] {"/tags/" + familyTag, "#family · Helmsman", "Call mom"});
        for (var page : pages) {
            open(page[0]);
            assertThat(browser.getTitle()).isEqualTo(page[1]);
            assertThat(browser.findElements(By.tagName("h1"))).as(page[0]).hasSize(1);
            if (page[2] != null) {
                assertThat(browser.findElement(By.tagName("main")).getText()).as(page[0]).contains(page[2]);
            }
            assertThat(axeViolations(browser)).as(page[0] + " light").isEmpty();
            js(browser, "document.documentElement.setAttribute('theme', 'dark')");
            assertThat(axeViolations(browser)).as(page[0] + " dark").isEmpty();
            js(browser, "document.documentElement.removeAttribute('theme')");
        }
    }

    @Test
    void keyboard_alone_moves_selects_completes_and_undoes_with_the_bulk_bar_and_undo_notification_accessible() {
        open("/inbox");
        js(browser, "document.querySelector('.hm-task-row[tabindex=\"0\"]').focus()");
        assertThat(focusedTask()).isEqualTo("Write report");

        keys("j");
        assertThat(focusedTask()).isEqualTo("Call mom");
        keys("s");
        waitUntilIdle(browser);
        assertThat(browser.findElement(By.className("hm-bulk-bar")).getText()).contains("1 task selected");
        assertThat(axeViolations(browser)).as("bulk bar").isEmpty();

        keys("s");
        keys("x");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !mainText().contains("Call mom"));
        assertThat(focusedTask()).as("focus moves to the next row").isEqualTo("Buy milk");
        assertThat(browser.findElement(By.tagName("vaadin-notification-card")).getText()).contains("Completed 'Call mom'");
        assertThat(axeViolations(browser)).as("undo notification").isEmpty();

        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> mainText().contains("Call mom"));
        assertThat(js(browser, "return document.getElementById('announcer').textContent")).asString().contains("Undone");
    }

    @Test
    void e_opens_the_details_and_escape_brings_focus_back_to_the_same_row() {
        open("/inbox");
        js(browser, "document.querySelector('.hm-task-row[tabindex=\"0\"]').focus()");
        keys("j");
        assertThat(focusedTask()).isEqualTo("Call mom");

        keys("e");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty()
                || !d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "Call mom".equals(focusedTask()));
    }

    private void keys(String key) {
        new Actions(browser).sendKeys(key).perform();
        waitUntilIdle(browser);
    }

    private String mainText() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private String focusedTask() {
        waitUntilIdle(browser);
        return (String) js(browser, "const r = document.activeElement.closest('.hm-task-row');"
                + " return r ? r.querySelector('.hm-task-title').textContent : document.activeElement.tagName");
    }

    private void signIn(String email) {
        Chromium.signIn(browser, port, email);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilIdle(browser);
    }
}
