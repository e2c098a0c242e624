package app.helmsman.shared;

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
import app.helmsman.tasks.TaskTrashService;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real Chromium, keyboard alone: the defects of issue 17, each reproduced on main before its fix. */
@IntegrationTest
class KeyboardDefectsBrowserIT {

    /** The focused element, through open shadow roots, described as "tag#id.class|accessible text". */
    static final String ACTIVE = """
            let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
            if (!a) { return 'none'; }
            const host = a.getRootNode() && a.getRootNode().host;
            return a.tagName.toLowerCase() + '#' + a.id + '.' + a.className + '|' + (a.getAttribute('aria-label') || a.textContent || '').trim().slice(0, 60)
              + (host ? ' in ' + host.tagName.toLowerCase() + '|' + (host.getAttribute('aria-label') || host.textContent || '').trim().slice(0, 40) : '');""";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskTrashService trash;
    @Autowired
    ProjectService projects;

    WebDriver browser;
    UUID home;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        fixtures.user("sam@example.com");
        fixtures.signIn("sam@example.com");
        home = projects.createProject(ProjectDraft.named("Home")).id();
        var paint = tasks.create(TaskDraft.titled("Paint the fence").inProject(home)).id();
        tasks.create(TaskDraft.titled("Buy paint").inProject(home).under(paint));
        tasks.create(TaskDraft.titled("Buy milk"));
        tasks.create(TaskDraft.titled("Call mom"));
        trash.trash(tasks.create(TaskDraft.titled("Old idea")).id());
        trash.trash(tasks.create(TaskDraft.titled("Older idea")).id());
        fixtures.signOut();
        browser = Chromium.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_skip_link_on_inbox_stays_on_inbox_and_focuses_the_main_content() {
        signIn();
        open("/inbox");
        js(browser, "document.body.focus()");
        keys(Keys.TAB);
        assertThat(active()).contains("Skip to main content");
        keys(Keys.ENTER);

        waitFor(() -> active().startsWith("main#main-content"));
        waitUntilIdle(browser);
        assertThat(browser.getTitle()).isEqualTo("Inbox · Helmsman");
        assertThat(browser.getCurrentUrl()).contains("/inbox");
    }

    @Test
    void slash_opens_search_with_focus_in_its_text_field() {
        signIn();
        js(browser, "document.body.focus()");
        keys("/");

        waitFor(() -> "Search · Helmsman".equals(browser.getTitle()));
        waitUntilIdle(browser);
        waitFor(() -> active().startsWith("input") && active().contains("vaadin-text-field"));
    }

    @Test
    void enter_on_the_only_match_of_the_command_palette_runs_it() {
        signIn();
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        waitFor(() -> active().startsWith("input"));
        keys("go to inb");
        waitUntilIdle(browser);
        keys(Keys.ENTER);

        waitFor(() -> "Inbox · Helmsman".equals(browser.getTitle()));
        waitFor(() -> openDialogs() == 0);
    }

    @Test
    void one_escape_closes_the_command_palette_and_focus_goes_back() {
        signIn();
        js(browser, "document.querySelector('.hm-add-task').focus()");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        waitFor(() -> active().startsWith("input"));
        keys("go");
        waitUntilIdle(browser);
        waitFor(() -> (Boolean) js(browser, "return !!document.querySelector('vaadin-combo-box[opened]')"));
        keys(Keys.ESCAPE);

        waitFor(() -> openDialogs() == 0);
        waitFor(() -> active().contains("Add task"));
    }

    @Test
    void enter_on_a_quick_add_chip_removes_the_chip_and_saves_nothing() {
        signIn();
        js(browser, "document.body.focus()");
        keys("q");
        waitFor(() -> active().startsWith("input"));
        keys("Buy bread tomorrow");
        waitFor(() -> (Long) js(browser, "return document.querySelectorAll('.hm-chip').length") == 1L);
        keys(Keys.TAB);
        assertThat(active()).contains("remove");
        keys(Keys.ENTER);

        waitFor(() -> (Long) js(browser, "return document.querySelectorAll('.hm-chip').length") == 0L);
        assertThat(openDialogs()).isEqualTo(1);
        assertThat(js(browser, "return document.querySelector('.hm-chips').parentElement.textContent")).asString().contains("tomorrow");
        keys(Keys.ESCAPE);
        open("/inbox");
        assertThat(browser.findElement(org.openqa.selenium.By.tagName("main")).getText()).contains("Buy milk").doesNotContain("Buy bread");
    }

    @Test
    void a_quick_add_opened_from_a_row_leaves_focus_on_a_row() {
        signIn();
        open("/inbox");
        js(browser, "document.querySelector('.hm-task-row[tabindex=\"0\"]').focus()");
        keys("q");
        waitFor(() -> active().startsWith("input"));
        keys("Add bread to the list");
        waitUntilIdle(browser);
        keys(Keys.ENTER);

        waitFor(() -> openDialogs() == 0);
        waitUntilIdle(browser);
        waitFor(() -> browser.findElement(org.openqa.selenium.By.tagName("main")).getText().contains("Add bread"));
        waitFor(() -> (Boolean) js(browser, "return !!document.activeElement && document.activeElement.classList.contains('hm-task-row')"));
    }

    @Test
    void help_puts_focus_on_something_with_a_visible_ring() {
        signIn();
        js(browser, "document.body.focus()");
        keys("?");
        waitFor(() -> openDialogs() == 1);
        waitUntilIdle(browser);

        waitFor(() -> active().startsWith("vaadin-button") && active().contains("Close"));
        assertThat(js(browser, "return document.activeElement.hasAttribute('focus-ring')")).isEqualTo(true);
    }

    @Test
    void a_quick_add_opened_with_the_add_task_button_gives_focus_back_to_that_button() {
        signIn();
        js(browser, "document.querySelector('.hm-add-task').focus()");
        keys(Keys.ENTER);
        waitFor(() -> active().startsWith("input"));
        keys("Buy bread");
        waitUntilIdle(browser);
        keys(Keys.ENTER);

        waitFor(() -> openDialogs() == 0);
        waitFor(() -> active().contains("Add task"));
    }

    @Test
    void enter_in_the_inline_add_fields_adds() {
        signIn();
        open("/projects/" + home);
        js(browser, "document.querySelector('vaadin-text-field').focus()");
        keys("Sand the fence", Keys.ENTER);
        waitFor(() -> browser.findElement(org.openqa.selenium.By.tagName("main")).getText().contains("Sand the fence"));

        open("/areas");
        js(browser, "document.querySelector('vaadin-text-field').focus()");
        keys("Garden", Keys.ENTER);
        waitFor(() -> browser.findElement(org.openqa.selenium.By.tagName("main")).getText().contains("Garden"));
    }

    @Test
    void delete_forever_asks_with_focus_on_cancel_and_then_focuses_a_row() {
        signIn();
        open("/trash");
        js(browser, "document.querySelector('.hm-task-row[tabindex=\"0\"]').focus()");
        keys(Keys.DELETE);
        waitFor(() -> openDialogs() == 1);
        waitUntilIdle(browser);
        waitFor(() -> active().contains("Cancel"));
        var contrast = new AxeBuilder().withRules(List.of("color-contrast")).analyze(browser).getViolations().stream()
                .filter(rule -> rule.getId().equals("color-contrast")).toList();
        assertThat(contrast).as("the confirm dialog's buttons are readable").isEmpty();

        keys(Keys.TAB);
        assertThat(active()).contains("Delete forever");
        keys(Keys.ENTER);
        waitFor(() -> openDialogs() == 0);
        waitFor(() -> active().contains("idea") && !active().startsWith("body"));
    }

    @Test
    void the_trash_rows_name_their_buttons_with_the_visible_label() {
        signIn();
        open("/trash");
        var mismatch = new AxeBuilder().withRules(List.of("label-content-name-mismatch")).analyze(browser).getViolations();
        assertThat(mismatch).isEmpty();
    }

    @Test
    void the_sign_in_page_has_one_h1() {
        open("/login");
        var h1s = (Long) js(browser, """
                let n = 0; const walk = root => { root.querySelectorAll('*').forEach(e => { if (e.tagName === 'H1' || e.getAttribute('role') === 'heading' && e.getAttribute('aria-level') === '1') { n++; }
                  if (e.shadowRoot) { walk(e.shadowRoot); } }); }; walk(document); return n;""");
        assertThat(h1s).isEqualTo(1L);
    }

    @Test
    void nothing_is_outside_a_landmark_and_a_lost_connection_is_said_in_a_status_region() {
        signIn();
        open("/inbox");
        assertThat(outsideLandmarks()).isEmpty();
        assertThat(accessibilityTree()).map(KeyboardDefectsBrowserIT::nameAndDescription).noneMatch(name -> name.strip().equals("Online"));

        js(browser, "window.Vaadin.connectionState.state = 'reconnecting'");
        waitFor(() -> (Boolean) js(browser, "return !!document.querySelector('vaadin-connection-indicator[reconnecting]')"));
        var indicator = browser.findElement(org.openqa.selenium.By.tagName("vaadin-connection-indicator"));
        assertThat(indicator.getAriaRole()).isEqualTo("status");
        assertThat(indicator.getText()).contains("trying to reconnect");
        assertThat(js(browser, "return document.querySelectorAll('vaadin-connection-indicator').length")).isEqualTo(1L);
        assertThat(outsideLandmarks()).isEmpty();
        js(browser, "window.Vaadin.connectionState.state = 'connected'");
    }

    @Test
    void no_accessible_name_holds_an_icon_font_character() {
        signIn();
        for (var path : List.of("/today", "/inbox", "/projects/" + home, "/areas")) {
            open(path);
            var named = accessibilityTree().stream().map(KeyboardDefectsBrowserIT::nameAndDescription)
                    .filter(name -> name.chars().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF)).toList();
            assertThat(named).as(path).isEmpty();
        }
    }

    @Test
    void a_row_and_its_checkbox_say_the_title_once() {
        signIn();
        open("/inbox");
        var said = accessibilityTree().stream().map(KeyboardDefectsBrowserIT::nameAndDescription).filter(name -> name.contains("Buy milk")).toList();
        assertThat(said).as("something names the row's title").isNotEmpty()
                .allSatisfy(name -> assertThat(name.split("Buy milk", -1)).as(name).hasSize(2));
    }

    @Test
    void completing_a_task_is_announced_once() {
        signIn();
        open("/inbox");
        js(browser, "document.querySelector('.hm-task-row[tabindex=\"0\"]').focus()");
        var title = String.valueOf(js(browser, "return document.activeElement.querySelector('.hm-task-title').textContent"));
        keys("x");
        var message = "Completed '" + title + "'";
        waitFor(() -> String.valueOf(js(browser, "return document.getElementById('announcer').textContent")).contains(message));
        waitFor(() -> String.valueOf(js(browser, "return document.querySelector('.hm-undo') ? document.querySelector('.hm-undo').textContent : ''"))
                .contains(message));
        waitUntilIdle(browser);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(8))
                .untilAsserted(() -> assertThat(liveRegionsSaying(message)).as("live regions saying " + message).isEqualTo(1L));
    }

    private void signIn() {
        Chromium.signIn(browser, port, "sam@example.com");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilIdle(browser);
    }

    /** What axe's region rule finds outside every landmark (the WCAG tag runs leave that best-practice rule out). */
    private List<String> outsideLandmarks() {
        return new AxeBuilder().withRules(List.of("region")).analyze(browser).getViolations().stream()
                .filter(rule -> rule.getId().equals("region")).flatMap(rule -> rule.getNodes().stream()).map(node -> String.valueOf(node.getTarget()) + " " + node.getHtml()).toList();
    }

    /** Chromium's accessibility tree, as a screen reader gets it: the nodes it does not ignore. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> accessibilityTree() {
        var tree = ((ChromeDriver) browser).executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        return ((List<Map<String, Object>>) tree.get("nodes")).stream().filter(node -> !Boolean.TRUE.equals(node.get("ignored"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static String nameAndDescription(Map<String, Object> node) {
        var name = (Map<String, Object>) node.get("name");
        var description = (Map<String, Object>) node.get("description");
        return (name == null ? "" : String.valueOf(name.get("value"))) + (description == null ? "" : " | " + description.get("value"));
    }

    /** Live regions (through shadow roots) whose text holds the message: each one is a separate announcement. */
    private long liveRegionsSaying(String message) {
        return Chromium.liveRegionsSaying(browser, message);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private String active() {
        return String.valueOf(js(browser, ACTIVE));
    }

    private int openDialogs() {
        return ((Long) js(browser, "return [...document.querySelectorAll('vaadin-dialog, vaadin-confirm-dialog')].filter(d => d.opened).length")).intValue();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(8)).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out; focus is on " + active() + "; url " + browser.getCurrentUrl() + "; title " + browser.getTitle(), e);
        }
    }
}
