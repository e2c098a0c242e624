package app.helmsman.tasks.ui;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.ProjectRole;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
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

/** Two real Chromium sessions in one shared project: each sees the other by name, and one's completion reaches the other by Push. */
@IntegrationTest
class SharedProjectBrowserIT {

    private static final String ADA = "ada@example.com";
    private static final String ED = "ed@example.com";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskService tasks;
    @Autowired
    ProjectMembersService members;

    WebDriver ada;
    WebDriver ed;
    UUID project;
    UUID plan;
    UUID edId;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        fixtures.user(ADA);
        edId = fixtures.user(ED);
        fixtures.signIn(ADA);
        project = projects.createProject(ProjectDraft.named("Launch")).id();
        plan = tasks.create(TaskDraft.titled("Write the plan").inProject(project)).id();
        tasks.create(TaskDraft.titled("Book the venue").inProject(project));
        fixtures.share(project, ED, ProjectRole.EDITOR);
        fixtures.signOut();
        ada = Chromium.start();
        ed = Chromium.start();
        signIn(ada, ADA);
        signIn(ed, ED);
    }

    @AfterEach
    void stop() {
        fixtures.signOut();
        for (var browser : new WebDriver[] {ada, ed}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void both_people_see_each_other_and_a_completion_in_one_browser_shows_in_the_other_without_reload() {
        open(ada, "/projects/" + project);
        open(ed, "/projects/" + project);
        assertThat(ed.getTitle()).isEqualTo("Launch · Helmsman");
        assertThat(treeText(ed)).contains("Write the plan").contains("Book the venue");

        waitFor(ada, "Ada sees Ed", "return document.querySelector('.hm-presence').textContent === 'Also viewing now: Test ed'");
        waitFor(ed, "Ed sees Ada", "return document.querySelector('.hm-presence').textContent === 'Also viewing now: Test ada'");
        assertThat(axeViolations(ed)).as("project view with the presence indicator").isEmpty();
        js(ed, "window.hmNotReloaded = true");

        open(ada, "/search?q=plan");
        waitFor(ada, "the search shows the task", "return document.querySelector('main').innerText.includes('Write the plan')");
        waitFor(ed, "Ed sees Ada leave", "return document.querySelector('.hm-presence').textContent === 'Only you are viewing this project.'");
        js(ada, "document.querySelector('.hm-task-row[tabindex=\"0\"]').focus()");
        new Actions(ada).sendKeys("x").perform();
        new WebDriverWait(ada, Duration.ofSeconds(10)).withMessage("the completion is stored").until(d -> storedStatus() == Status.DONE);
        waitFor(ed, "the completed task leaves Ed's open tree", "return !document.querySelector('.hm-task-list').innerText.includes('Write the plan')");
        assertThat(js(ed, "return window.hmNotReloaded === true")).as("the page was not reloaded").isEqualTo(true);
        assertThat(treeText(ed)).contains("Book the venue");
        assertThat(String.valueOf(js(ed, "return document.querySelector('.hm-project-heading').innerText"))).contains("1 open task");
    }

    @Test
    void a_viewer_who_tries_to_complete_a_task_sees_why_and_hears_it_once() {
        asAda(() -> members.changeRole(project, edId, ProjectRole.VIEWER));
        open(ed, "/projects/" + project);
        js(ed, "document.querySelector('.hm-task-row[tabindex=\"0\"]').focus()");
        new Actions(ed).sendKeys("x").perform();

        Chromium.assertToastSaidOnce(ed, "You can view this project but not change it.");
        assertThat(storedStatus()).as("nothing changed").isEqualTo(Status.TODO);
        assertThat(axeViolations(ed)).as("the project with the refusal shown").isEmpty();
    }

    @Test
    void a_person_removed_while_viewing_the_project_is_taken_to_today_sees_why_and_hears_it_once() {
        open(ed, "/projects/" + project);
        waitFor(ed, "Ed sees the project", "return document.querySelector('.hm-task-list').innerText.includes('Write the plan')");

        asAda(() -> members.remove(project, edId));

        new WebDriverWait(ed, Duration.ofSeconds(10)).until(d -> "Today · Helmsman".equals(d.getTitle()));
        Chromium.assertToastSaidOnce(ed, "You no longer have access to 'Launch'.");
        assertThat(axeViolations(ed)).as("Today with the notice shown").isEmpty();
    }

    private void asAda(Runnable action) {
        fixtures.signIn(ADA);
        try {
            action.run();
        } finally {
            fixtures.signOut();
        }
    }

    private Status storedStatus() {
        fixtures.signIn(ADA);
        try {
            return tasks.get(plan).status();
        } finally {
            fixtures.signOut();
        }
    }

    private String treeText(WebDriver browser) {
        return String.valueOf(js(browser, "return document.querySelector('.hm-task-list').innerText"));
    }

    private void signIn(WebDriver browser, String email) {
        open(browser, "/login");
        js(browser, "document.body.focus()");
        for (int i = 0; i < 10 && !"username".equals(js(browser, "return document.activeElement.name")); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        new Actions(browser).sendKeys(email).sendKeys(Keys.TAB).sendKeys(Fixtures.PASSWORD).sendKeys(Keys.ENTER).perform();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "Today · Helmsman".equals(d.getTitle()));
        } catch (RuntimeException e) {
            throw new AssertionError("not signed in: " + browser.getTitle() + " at " + browser.getCurrentUrl(), e);
        }
        waitUntilIdle(browser);
    }

    private void waitFor(WebDriver browser, String what, String script) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage(() -> what + "; page says: "
                        + js(browser, "return document.querySelector('main') && document.querySelector('main').innerText"))
                .until(d -> Boolean.TRUE.equals(js(d, script)));
    }

    private void open(WebDriver browser, String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilIdle(browser);
    }
}
