package app.helmsman.tasks.ui;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskSearch;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskListService;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/** Real Chromium: the details, quick add, palette, project and areas views pass axe-core, and quick add works by keyboard alone. */
@IntegrationTest
class DetailsBrowserIT {

    private static final String EMAIL = "ada@example.com";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskListService taskLists;
    @Autowired
    ProjectService projects;
    @Autowired
    UserTimeZones zones;
    @Autowired
    Clock clock;

    WebDriver browser;
    UUID user;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        user = fixtures.user(EMAIL);
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
    void keyboard_alone_captures_a_task_with_quick_add() {
        signIn();

        keys("q");
        waitFor("the quick-add field has focus", "return document.activeElement && document.activeElement.closest('vaadin-text-field') !== null");
        keys("Pay rent tomorrow ~15m !1");
        waitFor("the chips show", "return document.querySelectorAll('.hm-chip').length === 3");
        keys(Keys.ENTER);
        waitFor("the dialog closed", "return document.querySelectorAll('.hm-quick-add').length === 0");

        var saved = onlyTask();
        assertThat(saved.title()).isEqualTo("Pay rent");
        assertThat(saved.estimateMinutes()).isEqualTo(15);
        assertThat(saved.priority()).isEqualTo(1);
        assertThat(saved.doDate()).isEqualTo(clock.instant().atZone(zones.zoneOf(user)).toLocalDate().plusDays(1));
        assertThat(js(browser, "return document.getElementById('announcer').textContent")).asString().contains("Task added to Inbox: Pay rent");
    }

    @Test
    void keyboard_alone_captures_a_task_for_today_completes_it_and_undoes() {
        signIn();
        open("/today/list"); // today's task list (the home page is today's plan)

        keys("q");
        waitFor("the quick-add field has focus", "return document.activeElement && document.activeElement.closest('vaadin-text-field') !== null");
        keys("Water the plants today ~5m");
        waitFor("the chips show", "return document.querySelectorAll('.hm-chip').length === 2");
        keys(Keys.ENTER);
        waitFor("the task is on Today", "return [...document.querySelectorAll('.hm-task-title')].some(t => t.textContent === 'Water the plants')");

        // Tab to the list (one Tab stop), then complete with x and undo with Ctrl+Z: no mouse anywhere.
        for (int i = 0; i < 40 && !Boolean.TRUE.equals(js(browser, "return !!document.activeElement.closest('.hm-task-row')")); i++) {
            keys(Keys.TAB);
        }
        assertThat(js(browser, "return document.activeElement.closest('.hm-task-row').querySelector('.hm-task-title').textContent"))
                .isEqualTo("Water the plants");
        var id = onlyTask().id();
        keys("x");
        waitFor("the task left Today", "return ![...document.querySelectorAll('.hm-task-title')].some(t => t.textContent === 'Water the plants')");
        assertThat(tasks.get(id).status()).isEqualTo(app.helmsman.tasks.Status.DONE);

        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        waitFor("the task is back", "return [...document.querySelectorAll('.hm-task-title')].some(t => t.textContent === 'Water the plants')");
        assertThat(tasks.get(id).status()).isEqualTo(app.helmsman.tasks.Status.TODO);
        assertThat(tasks.get(id).completedAt()).isNull();
    }

    @Test
    void letter_shortcuts_do_nothing_while_typing_in_a_field() {
        signIn();
        keys("q");
        waitFor("the quick-add field has focus", "return document.activeElement && document.activeElement.closest('vaadin-text-field') !== null");

        keys("why? q/ ok");
        waitUntilIdle(browser);

        assertThat(js(browser, "return document.activeElement.value")).isEqualTo("why? q/ ok");
        assertThat(js(browser, "return document.querySelectorAll('.hm-shortcuts').length")).isEqualTo(0L);
        assertThat(browser.getCurrentUrl()).doesNotContain("search");
    }

    @Test
    void the_quick_add_dialog_with_chips_and_the_palette_have_no_accessibility_violations() {
        signIn();
        keys("q");
        waitFor("the quick-add field has focus", "return document.activeElement && document.activeElement.closest('vaadin-text-field') !== null");
        keys("Call mom tomorrow 3pm ~15m !1 #family +Home @low");
        waitFor("the chips show", "return document.querySelectorAll('.hm-chip').length === 7");
        assertThat(axeViolations(browser)).isEmpty();
        keys(Keys.ESCAPE);
        waitFor("the dialog closed", "return document.querySelectorAll('.hm-quick-add').length === 0");

        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        waitFor("the palette is open", "return document.querySelectorAll('.hm-palette').length === 1");
        assertThat(axeViolations(browser)).isEmpty();

        keys("Areas");
        waitUntilIdle(browser);
        keys(Keys.ARROW_DOWN, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "Areas · Helmsman".equals(d.getTitle()));
    }

    @Test
    void the_details_dialog_project_view_and_areas_have_no_accessibility_violations() {
        fixtures.signIn(EMAIL);
        var work = projects.createArea("Work");
        ProjectView launch = projects.createProject(new ProjectDraft("Launch", "#2563eb", work.id()));
        var parent = tasks.create(TaskDraft.titled("Write announcement").inProject(launch.id()).withTags("writing"));
        tasks.create(TaskDraft.titled("Draft headline").under(parent.id()));
        fixtures.signOut();
        signIn();

        open("/areas");
        assertThat(browser.getTitle()).isEqualTo("Areas · Helmsman");
        assertThat(axeViolations(browser)).isEmpty();

        open("/projects/" + launch.id());
        assertThat(browser.getTitle()).isEqualTo("Launch · Helmsman");
        assertThat(axeViolations(browser)).isEmpty();

        js(browser, "document.querySelector('.hm-task-title').click()");
        waitFor("the details are open", "return document.querySelectorAll('.hm-details').length === 1");
        assertThat(axeViolations(browser)).isEmpty();
    }

    private void signIn() {
        open("/login");
        js(browser, "document.body.focus()");
        for (int i = 0; i < 10 && !"username".equals(js(browser, "return document.activeElement.name")); i++) {
            keys(Keys.TAB);
        }
        new Actions(browser).sendKeys(EMAIL).sendKeys(Keys.TAB).sendKeys(Fixtures.PASSWORD).sendKeys(Keys.ENTER).perform();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "Today · Helmsman".equals(d.getTitle()));
        } catch (RuntimeException e) {
            throw new AssertionError("not signed in: " + browser.getTitle() + " at " + browser.getCurrentUrl() + ": "
                    + js(browser, "return document.body.innerText"), e);
        }
        waitUntilIdle(browser);
        js(browser, "document.activeElement && document.activeElement.blur()");
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void waitFor(String what, String script) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(what).until(d -> Boolean.TRUE.equals(js(d, script)));
    }

    private TaskDetails onlyTask() {
        fixtures.signIn(EMAIL);
        var all = taskLists.search(TaskSearch.text(""), PageRequest.of(0, 10)).getContent();
        assertThat(all).hasSize(1);
        return tasks.get(all.getFirst().id());
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilIdle(browser);
    }
}
