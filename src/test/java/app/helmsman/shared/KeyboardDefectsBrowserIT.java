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

    /** The focused element, through open shadow roots, as {@code a}; scripts that use it go on after it. */
    static final String DEEP_ACTIVE = "let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }\n";
    static final String NEW_SUBTASK_FOCUSED = "const f = document.activeElement && document.activeElement.closest('vaadin-text-field');"
            + " return !!f && f.label === 'New subtask';";

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
    UUID paint;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        fixtures.user("sam@example.com");
        fixtures.signIn("sam@example.com");
        home = projects.createProject(ProjectDraft.named("Home")).id();
        paint = tasks.create(TaskDraft.titled("Paint the fence").inProject(home)).id();
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

    @Test
    void every_navigation_landmark_has_a_name_and_none_sits_in_main_on_a_desktop_and_in_the_phone_drawer() {
        signIn();
        open("/inbox");
        assertThat(navigationLandmarks()).as("the navigation landmarks on a desktop").contains("Main", "Projects")
                .allSatisfy(nav -> assertThat(nav).as("a navigation landmark").isNotBlank().doesNotContain("inside main"));
        assertThat(axe("landmark-unique", "landmark-main-is-top-level", "landmark-no-duplicate-main")).as("axe's landmark rules").isEmpty();

        emulatePhone();
        open("/inbox");
        js(browser, "document.querySelector('.hm-menu-toggle').focus()");
        keys(Keys.ENTER);
        waitFor(() -> (Boolean) js(browser, "return document.getElementById('main-nav').contains(document.activeElement)"));
        waitUntilIdle(browser);
        assertThat(navigationLandmarks()).as("the navigation landmarks in the phone's open drawer").contains("Main", "Projects")
                .allSatisfy(nav -> assertThat(nav).as("a navigation landmark").isNotBlank().doesNotContain("inside main"));
        assertThat(axe("landmark-unique", "landmark-main-is-top-level", "landmark-no-duplicate-main")).as("axe's landmark rules").isEmpty();
    }

    @Test
    void break_it_down_opened_from_a_row_by_keyboard_focuses_its_first_control_with_a_visible_ring() {
        signIn();
        open("/inbox");
        focusRow("Buy milk");
        keys(Keys.ENTER);
        waitFor(() -> openDialogs() == 1 && active().startsWith("input"));
        waitUntilIdle(browser);
        tabUntil("Break it down", () -> active().contains("Break it down"), 30);
        keys(Keys.ENTER);
        waitFor(() -> (Boolean) js(browser, "return [...document.querySelectorAll('vaadin-dialog.hm-breakdown')].some(d => d.opened)"));
        waitUntilIdle(browser);

        waitFor("focus on a control inside Break it down (not on the dialog itself)", () -> (Boolean) js(browser, DEEP_ACTIVE + """
                const dialog = document.querySelector('vaadin-dialog.hm-breakdown');
                const inside = e => { for (let n = e; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) { if (n === dialog) { return true; } } return false; };
                return inside(a) && a !== dialog && !/^vaadin-dialog/.test(a.tagName.toLowerCase()) && a.getAttribute('part') !== 'overlay'
                  && !!a.closest('vaadin-select, vaadin-button, vaadin-text-field, button, input');"""));
        assertThat(js(browser, DEEP_ACTIVE + """
                for (let n = a; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
                  if (n.hasAttribute && n.hasAttribute('focus-ring')) { const select = n.closest('vaadin-select'); return 'a ring on ' + (select ? select.label : n.tagName.toLowerCase()); } }
                return 'no focus ring on ' + a.tagName.toLowerCase() + ' ' + (a.getAttribute('part') || '');""")).as("the focused control draws a focus ring")
                .isEqualTo("a ring on Step size");
    }

    @Test
    void the_undo_toast_leaves_the_focused_row_at_the_bottom_of_a_full_list_uncovered() {
        addInboxTasks(25);
        signIn();
        open("/inbox");
        focusLastRow();
        var title = String.valueOf(js(browser, "return document.activeElement.querySelector('.hm-task-title').textContent"));
        keys("x");

        waitFor(() -> (Boolean) js(browser, "return !!document.activeElement && document.activeElement.classList.contains('hm-task-row')"
                + " && document.activeElement.querySelector('.hm-task-title').textContent !== arguments[0]", title));
        assertThat(toastOverFocusedRow("Completed '" + title + "'")).as("where the Undo toast is").isEqualTo("clear of the focused row");
    }

    @Test
    void the_task_added_notice_leaves_the_focused_row_at_the_top_of_a_scrolled_list_uncovered() {
        addInboxTasks(25);
        signIn();
        open("/inbox");
        // the thirteenth row at the top edge of the window, as after scrolling down a long list, with focus on it
        js(browser, "const row = [...document.querySelectorAll('main .hm-task-row')][12];"
                + " window.scrollTo({top: row.getBoundingClientRect().top + window.scrollY - 4, behavior: 'instant'}); row.focus({preventScroll: true})");
        waitUntilIdle(browser);
        assertThat((Double) js(browser, "return document.activeElement.getBoundingClientRect().top / window.innerHeight"))
                .as("the focused row is at the top of the window").isLessThan(0.1);
        assertThat(quickAddToHomeFromTheFocusedRow()).as("where the Task added notice is").isEqualTo("clear of the focused row");
    }

    @Test
    void the_task_added_notice_leaves_the_focused_row_at_the_bottom_of_a_full_list_uncovered() {
        addInboxTasks(25);
        signIn();
        open("/inbox");
        focusLastRow();
        assertThat(quickAddToHomeFromTheFocusedRow()).as("where the Task added notice is").isEqualTo("clear of the focused row");
    }

    @Test
    void after_slash_and_a_word_the_first_result_is_at_most_three_tabs_away() {
        signIn();
        js(browser, "document.body.focus()");
        keys("/");
        waitFor(() -> "Search · Helmsman".equals(browser.getTitle()));
        waitUntilIdle(browser);
        waitFor(() -> active().startsWith("input"));
        keys("milk");
        // the search has settled: its words are in the URL and "Buy milk" is the one result (no refresh will move focus)
        waitFor("the results for 'milk'", () -> browser.getCurrentUrl().contains("q=milk") && (Boolean) js(browser,
                "const rows = document.querySelectorAll('main .hm-task-row');"
                        + " return rows.length === 1 && rows[0].querySelector('.hm-task-title').textContent === 'Buy milk'"));
        waitUntilIdle(browser);

        var path = new java.util.ArrayList<String>();
        for (int tab = 0; tab < 3 && !onRow(); tab++) {
            keys(Keys.TAB);
            path.add(active());
        }
        assertThat(onRow()).as("focus on a result row after Tabs through " + path).isTrue();
        assertThat(String.valueOf(js(browser, "return document.activeElement.querySelector('.hm-task-title').textContent"))).isEqualTo("Buy milk");
    }

    @Test
    void enter_in_the_new_subtask_field_adds_the_subtask_clears_the_field_and_keeps_focus_there() {
        signIn();
        open("/projects/" + home);
        focusRow("Paint the fence");
        keys(Keys.ENTER);
        waitFor(() -> openDialogs() == 1 && active().startsWith("input"));
        waitUntilIdle(browser);
        js(browser, "document.querySelector('.hm-more-toggle').focus()");
        keys(Keys.ENTER);
        waitFor(() -> (Boolean) js(browser, "return !document.getElementById('hm-details-more').hasAttribute('hidden')"));
        js(browser, "[...document.querySelectorAll('vaadin-text-field')].find(f => f.label === 'New subtask').focus()");
        waitFor(() -> (Boolean) js(browser, NEW_SUBTASK_FOCUSED));
        keys("Sand the fence", Keys.ENTER);

        waitFor("subtask 'Sand the fence' in the details after Enter",
                () -> (Boolean) js(browser, "return [...document.querySelectorAll('.hm-details vaadin-checkbox')].some(c => c.label === 'Sand the fence')"));
        waitUntilIdle(browser);
        assertThat(js(browser, "return [...document.querySelectorAll('vaadin-text-field')].find(f => f.label === 'New subtask').value")).isEqualTo("");
        assertThat(js(browser, NEW_SUBTASK_FOCUSED)).as("focus stays in the new-subtask field; it is on " + active()).isEqualTo(true);
        assertThat(openDialogs()).isEqualTo(1);
        fixtures.signIn("sam@example.com");
        try {
            assertThat(tasks.get(paint).childrenTotal()).as("subtasks of Paint the fence, stored").isEqualTo(2);
        } finally {
            fixtures.signOut();
        }
    }

    private void signIn() {
        Chromium.signIn(browser, port, "sam@example.com");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilIdle(browser);
    }

    /**
     * Chromium's navigation landmarks, as a screen reader gets them (shadow roots included, role none left out): each
     * one's name, followed by " inside main" where a main landmark holds it.
     */
    @SuppressWarnings("unchecked")
    private List<String> navigationLandmarks() {
        var tree = ((ChromeDriver) browser).executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        var nodes = ((List<Map<String, Object>>) tree.get("nodes"));
        var byId = new java.util.HashMap<Object, Map<String, Object>>();
        nodes.forEach(node -> byId.put(node.get("nodeId"), node));
        return nodes.stream().filter(node -> !Boolean.TRUE.equals(node.get("ignored")) && "navigation".equals(role(node))).map(node -> {
            var inMain = false;
            for (var up = byId.get(node.get("parentId")); up != null; up = byId.get(up.get("parentId"))) {
                inMain |= "main".equals(role(up));
            }
            var name = (Map<String, Object>) node.get("name");
            return (name == null ? "" : String.valueOf(name.get("value")).strip()) + (inMain ? " inside main" : "");
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static String role(Map<String, Object> node) {
        var role = (Map<String, Object>) node.get("role");
        return role == null ? null : String.valueOf(role.get("value"));
    }

    /** What the named axe rules find on the page, described. */
    private List<String> axe(String... rules) {
        return new AxeBuilder().withRules(List.of(rules)).analyze(browser).getViolations().stream()
                .flatMap(rule -> rule.getNodes().stream().map(node -> rule.getId() + " at " + node.getTarget())).toList();
    }

    /** A 390 x 844 phone (as ReflowBrowserIT emulates one): the navigation becomes a drawer behind "Menu". */
    private void emulatePhone() {
        var cdp = (ChromeDriver) browser;
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
    }

    /** Inbox tasks enough to fill a 1280 x 900 window, so that the last row sits at the bottom of the screen. */
    private void addInboxTasks(int count) {
        fixtures.signIn("sam@example.com");
        try {
            for (int i = 1; i <= count; i++) {
                tasks.create(TaskDraft.titled("Errand number " + i));
            }
        } finally {
            fixtures.signOut();
        }
    }

    private void focusRow(String title) {
        js(browser, "[...document.querySelectorAll('.hm-task-row')].find(r => r.querySelector('.hm-task-title').textContent === arguments[0]).focus()", title);
        waitUntilIdle(browser);
    }

    /**
     * Quick add from the focused row of the inbox (q) of a task for another project, which the notice names; once the
     * dialog has closed and focus is back on a row, says where the notice is (see {@link #toastOverFocusedRow}).
     */
    private String quickAddToHomeFromTheFocusedRow() {
        keys("q");
        waitFor(() -> active().startsWith("input"));
        keys("Sand the fence +Home");
        waitUntilIdle(browser);
        keys(Keys.ENTER);

        waitFor(() -> openDialogs() == 0);
        waitFor(() -> (Boolean) js(browser, "return !!document.activeElement && document.activeElement.classList.contains('hm-task-row')"));
        return toastOverFocusedRow("Task added to Home");
    }

    /** Focuses the list's last row (which scrolls it to the bottom edge), after checking that the list is longer than the window. */
    private void focusLastRow() {
        assertThat(js(browser, "return document.documentElement.scrollHeight > window.innerHeight")).as("the list fills the window").isEqualTo(true);
        js(browser, "[...document.querySelectorAll('main .hm-task-row')].at(-1).focus()");
        waitUntilIdle(browser);
        assertThat((Double) js(browser, "return document.activeElement.getBoundingClientRect().bottom / window.innerHeight"))
                .as("the focused row is at the bottom of the window").isGreaterThan(0.8);
    }

    /**
     * Waits until the toast saying {@code message} has finished opening and sits still, then says whether its card
     * overlaps the focused row: "clear of the focused row", or both rectangles.
     */
    private String toastOverFocusedRow(String message) {
        var script = """
                const card = [...document.querySelectorAll('vaadin-notification-card')].find(c => c.textContent.includes(arguments[0]));
                const row = document.activeElement;
                if (!card || card.hasAttribute('opening') || !row || !row.classList.contains('hm-task-row')) { return null; }
                const c = card.getBoundingClientRect(); const r = row.getBoundingClientRect();
                const box = b => `${Math.round(b.left)},${Math.round(b.top)} to ${Math.round(b.right)},${Math.round(b.bottom)}`;
                const overlap = c.left < r.right && r.left < c.right && c.top < r.bottom && r.top < c.bottom;
                return overlap ? `the toast (${box(c)}) covers the focused row '${row.querySelector('.hm-task-title').textContent}' (${box(r)})`
                  : 'clear of the focused row';""";
        var seen = new String[1];
        org.awaitility.Awaitility.await("the toast saying " + message + " has opened and sits still").atMost(Duration.ofSeconds(8))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    var now = (String) js(browser, script, message);
                    var still = now != null && now.equals(seen[0]);
                    seen[0] = now;
                    return still;
                });
        return seen[0];
    }

    private boolean onRow() {
        return Boolean.TRUE.equals(js(browser, "return !!document.activeElement && document.activeElement.classList.contains('hm-task-row')"));
    }

    /** Presses Tab until the condition holds, at most {@code most} times. */
    private void tabUntil(String what, java.util.function.BooleanSupplier reached, int most) {
        for (int tab = 0; tab < most && !reached.getAsBoolean(); tab++) {
            keys(Keys.TAB);
        }
        assertThat(reached.getAsBoolean()).as("Tab reaches " + what + "; focus is on " + active()).isTrue();
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
        waitFor(null, condition);
    }

    /** Waits for the condition; a timeout says what was awaited (when given), where focus is, and the page. */
    private void waitFor(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(8)).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError((what == null ? "" : "no " + what + ": ") + "timed out; focus is on " + active() + "; url "
                    + browser.getCurrentUrl() + "; title " + browser.getTitle(), e);
        }
    }
}
