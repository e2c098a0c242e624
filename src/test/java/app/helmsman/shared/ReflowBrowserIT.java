package app.helmsman.shared;

import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 17, "Every screen" and "Fast on a phone", in real Chromium. Every route the application registers (read
 * from Vaadin's route registry, so a new view is covered without touching this test) and the main dialogs fit a
 * 320 px and a 390 px phone and a 1280 x 800 desktop at 200 % zoom: the document never scrolls sideways, the H1
 * sits right under the header, controls are at least 24 x 24 px, and a dialog's primary action is on screen. A
 * task is captured, completed and undone by touch on a phone, and no page logs a console error.
 *
 * <p>The screens are emulated with CDP's {@code Emulation.setDeviceMetricsOverride}: it sets the CSS viewport,
 * the device pixel ratio and the mobile flag together, which is exactly what a phone or the browser's own zoom
 * changes (200 % zoom on a 1280 x 800 window is a 640 x 400 CSS px viewport at a device pixel ratio of 2; media
 * queries see 640 px). CSS {@code zoom} on the page would not: the viewport and media queries would stay at
 * 1280 px, so it cannot show what a zoomed-in person sees.
 */
@IntegrationTest
class ReflowBrowserIT {

    record Screen(String name, int width, int height, double pixelRatio, boolean phone) {
    }

    static final Screen PHONE_320 = new Screen("phone 320 x 640", 320, 640, 2, true);
    static final Screen PHONE_390 = new Screen("phone 390 x 844", 390, 844, 3, true);
    static final Screen DESKTOP_ZOOMED = new Screen("1280 x 800 at 200 %", 640, 400, 2, false);
    static final List<Screen> SCREENS = List.of(PHONE_320, PHONE_390, DESKTOP_ZOOMED);

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final String EMAIL = "sam@example.com";
    static final String DUMP = """
            Call the dentist about the loose filling before Friday
            Write the quarterly report for the neighbourhood association, then send it to Sam
            Buy milk, bread and something for the weekend
            Renew the residents' parking permit at the town hall
            Take the winter tyres to the garage
            Book flights for the family visit in spring""";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskService tasks;
    @Autowired
    ProjectService projects;
    @Autowired
    WebApplicationContext web;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    WebDriver browser;
    final Map<String, String> parameters = new LinkedHashMap<>();

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        clock.set(NOW);
        fixtures.admin("root@example.com");
        fixtures.user(EMAIL);
        fixtures.signIn(EMAIL);
        var home = projects.createProject(ProjectDraft.named("Home and garden with a rather long project name")).id();
        tasks.create(TaskDraft.titled("Renew the residents' parking permit at the town hall before the end of the month")
                .withDoDate(TODAY).withEstimate(45).withPriority(1).withTags("errands", "paperwork"));
        tasks.create(TaskDraft.titled("Supercalifragilisticexpialidociousunbreakablewordthatisverylongindeed").withTags("family"));
        tasks.create(TaskDraft.titled("Buy milk"));
        tasks.create(TaskDraft.titled("Fix the bike's back brake").inProject(home).withTags("errands"));
        var tag = projects.tags().stream().filter(t -> t.name().equals("family")).findFirst().orElseThrow().id();
        fixtures.signOut();
        parameters.put("projectId", home.toString());
        parameters.put("tagId", tag.toString());
        browser = Chromium.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        clock.reset();
    }

    @Test
    void every_page_fits_every_screen_without_scrolling_sideways() {
        var problems = new ArrayList<String>();
        for (var screen : SCREENS) {
            emulate(screen);
            for (var path : routes(true)) {
                open(path);
                problems.addAll(pageProblems(screen.name() + " " + path + " (signed out)"));
            }
        }
        signInAfresh();
        for (var screen : SCREENS) {
            emulate(screen);
            for (var path : routes(false)) {
                open(path);
                problems.addAll(pageProblems(screen.name() + " " + path));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_admin_page_fits_every_screen_without_scrolling_sideways() {
        // the loop above signs in as an ordinary account, which sees the admin pages only as "No access"
        var adminOnly = routes(false).stream().filter(path -> path.startsWith("/admin")).toList();
        assertThat(adminOnly).as("admin routes").hasSizeGreaterThanOrEqualTo(2);
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, port, "root@example.com");
        var problems = new ArrayList<String>();
        for (var screen : SCREENS) {
            emulate(screen);
            for (var path : adminOnly) {
                open(path);
                assertThat(browser.getTitle()).as(path + " opens for the admin").doesNotContain("No access");
                problems.addAll(pageProblems(screen.name() + " " + path + " (admin)"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_main_dialogs_fit_every_screen_with_their_primary_action_in_view() {
        Chromium.signIn(browser, port, EMAIL);
        var problems = new ArrayList<String>();
        for (var screen : SCREENS) {
            emulate(screen);
            var where = screen.name() + " ";

            open("/");
            keys("q");
            waitFor("quick add is open", "return [...document.querySelectorAll('vaadin-dialog.hm-quick-add')].some(d => d.opened)");
            keys("Call mom tomorrow 3pm ~15m !1 #family +Home @low");
            waitFor("the chips show", "return document.querySelectorAll('.hm-quick-add .hm-chip').length >= 5");
            problems.addAll(dialogProblems(where + "quick add"));

            open("/inbox");
            js(browser, "document.querySelector('.hm-task-title').click()");
            waitFor("task details are open", "return [...document.querySelectorAll('vaadin-dialog.hm-details')].some(d => d.opened)");
            problems.addAll(dialogProblems(where + "task details"));

            open("/inbox");
            js(browser, "document.querySelector('.hm-task-row[tabindex=\"0\"]').focus()");
            keys("m");
            waitFor("move is open", "return [...document.querySelectorAll('vaadin-dialog')].some(d => d.opened)");
            problems.addAll(dialogProblems(where + "move"));

            open("/inbox");
            keys("?");
            waitFor("help is open", "return [...document.querySelectorAll('vaadin-dialog.hm-shortcuts')].some(d => d.opened)");
            problems.addAll(dialogProblems(where + "help"));

            open("/inbox");
            new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
            waitFor("the command palette is open", "return [...document.querySelectorAll('vaadin-dialog.hm-palette')].some(d => d.opened)");
            problems.addAll(dialogProblems(where + "command palette"));

            open("/brain-dump");
            if ("".equals(js(browser, "return document.querySelector('vaadin-text-area.hm-dump-text').value"))) {
                js(browser, "document.querySelector('vaadin-text-area.hm-dump-text textarea').focus()");
                keys(DUMP);
            }
            js(browser, "[...document.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === 'Extract tasks').click()");
            waitFor("the proposals are shown", "const s = document.getElementById('dump-status'); return s !== null && s.textContent.includes('tasks proposed')");
            problems.addAll(pageProblems(where + "brain dump review"));
            var save = "document.querySelector('.hm-review-actions vaadin-button[theme~=\"primary\"]')";
            js(browser, "window.scrollTo(0, 0); document.getElementById('review-heading').scrollIntoView()");
            if (!Boolean.TRUE.equals(js(browser, "return (" + INSIDE_VIEWPORT + ")(" + save + ")"))) {
                problems.add(where + "brain dump review: Save is not on screen while the first proposal is");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_task_is_captured_completed_and_undone_by_touch_on_a_phone() {
        emulate(PHONE_390);
        Chromium.signIn(browser, port, EMAIL);
        // Today's task list (the home page is the day's plan, whose blocks have Done instead of a checkbox)
        browser.get("http://localhost:" + port + "/today/list");
        Chromium.waitUntilIdle(browser);

        tap(".hm-add-task");
        waitFor("quick add is open with its field focused", "return [...document.querySelectorAll('vaadin-dialog.hm-quick-add')].some(d => d.opened)"
                + " && document.activeElement && document.activeElement.closest('vaadin-text-field') !== null");
        new Actions(browser).sendKeys("Water the plants today ~5m").perform();
        waitFor("the chips show", "return document.querySelectorAll('.hm-quick-add .hm-chip').length === 2");
        tap(".hm-quick-save");
        waitFor("the task is on Today", "return [...document.querySelectorAll('.hm-task-title')].some(t => t.textContent === 'Water the plants')");
        var id = jdbc.queryForObject("select id from tasks where title = 'Water the plants'", UUID.class);

        screenshot("today-phone"); // the README's phone picture (docs/screenshot-phone.png) comes from here
        tap(rowCheckbox("Water the plants"));
        waitFor("the task left Today", "return ![...document.querySelectorAll('.hm-task-title')].some(t => t.textContent === 'Water the plants')");
        assertThat(status(id)).isEqualTo("DONE");
        waitFor("the undo notification is shown", "return document.querySelector('vaadin-notification-card .hm-undo') !== null");
        assertThat(js(browser, "return (" + INSIDE_VIEWPORT + ")(document.querySelector('vaadin-notification-card .hm-undo vaadin-button'))"))
                .as("Undo is above the fold").isEqualTo(true);

        tap("vaadin-notification-card .hm-undo vaadin-button");
        waitFor("the task is back", "return [...document.querySelectorAll('.hm-task-title')].some(t => t.textContent === 'Water the plants')");
        assertThat(status(id)).isEqualTo("TODO");
    }

    @Test
    void the_drawer_opens_from_menu_moves_focus_into_it_and_escape_closes_it() {
        emulate(PHONE_390);
        Chromium.signIn(browser, port, EMAIL);
        assertThat(js(browser, "return getComputedStyle(document.getElementById('main-nav')).display")).isEqualTo("none");

        tap(".hm-menu-toggle");
        waitFor("the drawer is open", "return getComputedStyle(document.getElementById('main-nav')).display !== 'none'");
        assertThat(js(browser, "return document.querySelector('.hm-menu-toggle').getAttribute('aria-expanded')")).isEqualTo("true");
        waitFor("focus is in the drawer", "return document.getElementById('main-nav').contains(document.activeElement)");
        problems("drawer open").forEach(p -> assertThat(p).isNull());

        keys(Keys.ESCAPE);
        waitFor("the drawer is closed", "return getComputedStyle(document.getElementById('main-nav')).display === 'none'");
        assertThat(js(browser, "return document.querySelector('.hm-menu-toggle').getAttribute('aria-expanded')")).isEqualTo("false");
        waitFor("focus is back on Menu", "return document.activeElement === document.querySelector('.hm-menu-toggle')");

        tap(".hm-account-toggle");
        waitFor("the account menu is open", "return getComputedStyle(document.getElementById('hm-account')).display !== 'none'");
        assertThat(js(browser, "return (" + INSIDE_VIEWPORT + ")([...document.querySelectorAll('#hm-account vaadin-button')].pop())"))
                .as("Sign out is on screen").isEqualTo(true);
        keys(Keys.ESCAPE);
        waitFor("the account menu is closed", "return getComputedStyle(document.getElementById('hm-account')).display === 'none'");
        waitFor("focus is back on Account", "return document.activeElement === document.querySelector('.hm-account-toggle')");
    }

    @Test
    void no_page_logs_a_console_error() {
        open("/login");
        js(browser, "console.error('reflow probe')");
        assertThat(consoleErrors("probe")).as("the console log is read").anyMatch(e -> e.contains("reflow probe"));
        var errors = new ArrayList<String>();
        for (var path : routes(true)) {
            open(path);
            errors.addAll(consoleErrors(path + " (signed out)"));
        }
        signInAfresh();
        errors.addAll(consoleErrors("signing in"));
        for (var path : routes(false)) {
            open(path);
            errors.addAll(consoleErrors(path));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void the_answers_to_a_navigation_inside_the_page_are_sent_compressed() {
        signInAfresh();
        open("/inbox");
        js(browser, "performance.clearResourceTimings(); document.body.focus()");
        keys("/"); // a router navigation: one UIDL request whose JSON answer builds the search page
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "Search · Helmsman".equals(d.getTitle()));
        waitUntilIdle(browser);

        @SuppressWarnings("unchecked")
        var answers = (List<Map<String, Object>>) js(browser, """
                return performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl') && e.decodedBodySize > 2048)
                  .map(e => ({ encoded: e.encodedBodySize, decoded: e.decodedBodySize }));""");
        // issue 17: HTML, CSS and UIDL answers were sent uncompressed
        assertThat(answers).as("UIDL answers over 2 KB").isNotEmpty().allSatisfy(answer -> assertThat(((Number) answer.get("encoded")).longValue())
                .as("bytes sent for %s bytes of UIDL", answer.get("decoded")).isLessThan(((Number) answer.get("decoded")).longValue() / 2));
    }

    @Test
    void no_page_loads_the_icon_set() {
        // ADR 0034: one Vaadin Icon in the header made every page load and run 240 KB of icon-set script
        signInAfresh();
        var loaded = new ArrayList<String>();
        for (var path : routes(false)) {
            open(path);
            loaded.addAll(resources("true"));
        }
        assertThat(loaded).as("what the signed-in pages loaded").anyMatch(name -> name.contains("/VAADIN/build/generated-flow-imports"))
                .noneMatch(name -> name.contains("vaadin-iconset"));
    }

    @Test
    void the_push_client_writes_no_debug_lines_to_the_console() {
        // ADR 0034: Atmosphere, under Vaadin's Push client, logged each step of its connection on every page load
        signInAfresh();
        open("/");
        var connections = meters.get("helmsman.live.push.connections").gauge();
        Awaitility.await("Today's Push connection").atMost(Duration.ofSeconds(15)).until(() -> connections.value() >= 1);
        var lines = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
        // at debug level: "Invoking executeWebSocket", "Atmosphere: websocket.onopen", "Websocket successfully opened",
        // "Atmosphere: Firing onOpen" (only its page-wide "beforeunload event" line comes before the settings apply)
        assertThat(lines).as("the console since signing in").anyMatch(line -> line.contains("Vaadin push loaded"))
                .noneMatch(line -> line.toLowerCase(java.util.Locale.ROOT).contains("websocket") || line.contains("Firing onOpen"));
    }

    /** The addresses of the resources the current page loaded for which the JavaScript condition on {@code e} holds. */
    @SuppressWarnings("unchecked")
    private List<String> resources(String condition) {
        return (List<String>) js(browser, "return performance.getEntriesByType('resource').filter(e => " + condition + ").map(e => e.name)");
    }

    /** Signs in from a clean slate: visiting the public pages leaves a remembered destination (a cookie) behind. */
    private void signInAfresh() {
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, port, EMAIL);
    }

    /** Every route the application registers, with the test's values for its parameters. */
    private List<String> routes(boolean anonymousOnly) {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(web.getServletContext()));
        var paths = new ArrayList<String>();
        for (RouteData route : registry.getRegisteredRoutes()) {
            if (anonymousOnly != route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
                continue;
            }
            var path = new StringBuilder();
            for (var segment : route.getTemplate().split("/")) {
                if (segment.startsWith(":")) {
                    var name = segment.substring(1).replaceAll("[?*(].*", "");
                    assertThat(parameters).as("ReflowBrowserIT needs a value for the parameter of route " + route.getTemplate())
                            .containsKey(name);
                    segment = parameters.get(name);
                }
                path.append('/').append(segment);
            }
            paths.add(path.isEmpty() ? "/" : path.toString().replace("//", "/"));
        }
        assertThat(paths).as("routes").isNotEmpty();
        if (anonymousOnly) {
            // the sign-in page is server-rendered HTML, not a Vaadin route (ADR 0030): with and without its error
            paths.addAll(List.of("/login", "/login?error", "/login?created"));
        }
        return paths;
    }

    private static final String INSIDE_VIEWPORT = """
            (e => { if (!e) { return false; } const r = e.getBoundingClientRect(); const v = window.visualViewport;
              return r.width > 0 && r.top >= -1 && r.left >= -1 && r.bottom <= v.height + 1 && r.right <= v.width + 1; })""";

    /** What keeps the current page from fitting the screen, described; empty when it fits. */
    @SuppressWarnings("unchecked")
    private List<String> pageProblems(String where) {
        waitUntilIdle(browser);
        js(browser, "window.scrollTo(0, 0)");
        return ((List<Object>) js(browser, """
                const problems = [];
                const se = document.scrollingElement;
                const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                    ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' "' + (e.textContent || '').trim().slice(0, 30) + '"';
                const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
                if (se.scrollWidth > se.clientWidth) {
                  const wide = [...document.querySelectorAll('body *')].filter(visible)
                      .filter(e => e.getBoundingClientRect().right > se.clientWidth + 1)
                      .filter(e => ![...e.children].some(c => visible(c) && c.getBoundingClientRect().right > se.clientWidth + 1))
                      .slice(0, 5).map(describe);
                  problems.push('scrolls sideways: ' + se.scrollWidth + ' px content in ' + se.clientWidth + ' px, widest: ' + wide.join(', '));
                }
                const header = document.querySelector('.hm-header');
                const h1 = document.querySelector('main h1');
                if (header && h1) {
                  const gap = h1.getBoundingClientRect().top - header.getBoundingClientRect().bottom;
                  if (gap > 96) { problems.push('a ' + Math.round(gap) + ' px gap above the H1'); }
                }
                const small = [...document.querySelectorAll('vaadin-button, vaadin-checkbox, input[type=checkbox]:not([slot]), vaadin-select, vaadin-side-nav-item, button, select')]
                    .filter(visible).filter(e => !e.closest('.skip-link'))
                    .filter(e => { const r = e.getBoundingClientRect(); return r.width < 24 || r.height < 24; })
                    .slice(0, 5).map(e => describe(e) + ' ' + Math.round(e.getBoundingClientRect().width) + 'x' + Math.round(e.getBoundingClientRect().height));
                if (small.length) { problems.push('touch targets under 24 x 24 px: ' + small.join(', ')); }
                return problems;""")).stream().map(p -> where + ": " + p).toList();
    }

    /** What keeps the open dialog from fitting the screen with its primary action in view; empty when it does. */
    @SuppressWarnings("unchecked")
    private List<String> dialogProblems(String where) {
        var problems = new ArrayList<>(pageProblems(where));
        problems.addAll(((List<Object>) js(browser, """
                const inside = %s;
                const d = [...document.querySelectorAll('vaadin-dialog')].filter(d => d.opened).pop();
                if (!d) { return ['no dialog is open']; }
                const problems = [];
                const overlay = d.shadowRoot && d.shadowRoot.querySelector('vaadin-dialog-overlay');
                const part = overlay && overlay.shadowRoot ? overlay.shadowRoot.querySelector('[part~="overlay"]') : null;
                if (part) {
                  const r = part.getBoundingClientRect();
                  if (r.left < -1 || r.right > window.visualViewport.width + 1) {
                    problems.push('the dialog is ' + Math.round(r.width) + ' px wide from ' + Math.round(r.left));
                  }
                }
                const primary = d.querySelector('vaadin-button[slot="footer"][theme~="primary"], [slot="footer"] vaadin-button[theme~="primary"]')
                    || [...d.querySelectorAll('vaadin-button[slot="footer"], [slot="footer"] vaadin-button')].pop()
                    || d.querySelector('vaadin-text-field, vaadin-combo-box, input');
                if (!inside(primary)) {
                  problems.push('its primary action "' + (primary ? primary.textContent.trim() : 'none') + '" is off screen');
                }
                return problems;""".formatted(INSIDE_VIEWPORT))).stream().map(p -> where + ": " + p).toList());
        return problems;
    }

    private List<String> problems(String where) {
        return pageProblems(where);
    }

    /** The console's errors since the last call (reading the log empties it). */
    private List<String> consoleErrors(String where) {
        waitUntilIdle(browser);
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> where + ": " + entry.getMessage()).toList();
    }

    private void emulate(Screen screen) {
        var cdp = (ChromeDriver) browser;
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width(), "height", screen.height(),
                "deviceScaleFactor", screen.pixelRatio(), "mobile", screen.phone()));
        cdp.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", screen.phone(), "maxTouchPoints", screen.phone() ? 5 : 1));
    }

    /** A finger's tap (touchstart, touchend) in the middle of the element, which must be on screen. */
    @SuppressWarnings("unchecked")
    private void tap(String selector) {
        waitFor(selector + " is on screen", "return (" + INSIDE_VIEWPORT + ")(document.querySelector(arguments[0]))", selector);
        var point = (Map<String, Object>) js(browser, "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2};", selector);
        var touch = Map.of("x", ((Number) point.get("x")).doubleValue(), "y", ((Number) point.get("y")).doubleValue());
        var cdp = (ChromeDriver) browser;
        cdp.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(touch)));
        cdp.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
        waitUntilIdle(browser);
    }

    private String rowCheckbox(String title) {
        var id = js(browser, "return [...document.querySelectorAll('.hm-task-row')].find(r => r.querySelector('.hm-task-title').textContent"
                + " === arguments[0]).getAttribute('data-task-id')", title);
        return ".hm-task-row[data-task-id=\"" + id + "\"] input[type=checkbox]";
    }

    private String status(UUID id) {
        return jdbc.queryForObject("select status from tasks where id = ?", String.class, id);
    }

    private void waitFor(String what, String script, Object... args) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage(what)
                .until(d -> Boolean.TRUE.equals(js(d, script, args)));
        waitUntilIdle(browser);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
        waitUntilIdle(browser);
    }

    /** Keeps what the page looked like in target/screenshots. */
    private void screenshot(String name) {
        try {
            var file = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
            var target = java.nio.file.Path.of("target", "screenshots", name + ".png");
            java.nio.file.Files.createDirectories(target.getParent());
            java.nio.file.Files.copy(file.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilIdle(browser);
    }
}
