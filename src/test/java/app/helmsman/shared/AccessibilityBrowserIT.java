package app.helmsman.shared;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.accounts.SetupService;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real Chromium: axe-core finds no WCAG 2.2 A/AA violation, and the pages work with the keyboard alone. */
@IntegrationTest
class AccessibilityBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SetupService setup;

    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        browser = Chromium.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void setup_page_has_no_accessibility_violations() {
        setup.issueToken();
        open("/setup");

        assertThat(browser.getTitle()).isEqualTo("Set up Helmsman");
        assertThat(axeViolations(browser)).isEmpty();
    }

    @Test
    void sign_in_and_sign_up_pages_have_no_accessibility_violations() {
        fixtures.admin("root@example.com");
        open("/login");
        assertThat(browser.getTitle()).isEqualTo("Sign in · Helmsman");
        assertThat(axeViolations(browser)).isEmpty();

        open("/signup");
        assertThat(browser.getTitle()).isEqualTo("Create an account · Helmsman");
        assertThat(axeViolations(browser)).isEmpty();
    }

    @Test
    void a_failed_sign_in_page_has_no_accessibility_violations() {
        fixtures.admin("root@example.com");
        open("/login");
        typeCredentialsAndSubmit("root@example.com", "wrong password");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("error"));

        assertThat(axeViolations(browser)).isEmpty();
    }

    @Test
    void today_and_settings_have_no_accessibility_violations_in_every_theme() throws Exception {
        fixtures.admin("root@example.com");
        signInWithKeyboard("root@example.com");
        assertThat(browser.getTitle()).isEqualTo("Today · Helmsman");
        assertThat(axeViolations(browser)).isEmpty();
        screenshot("today");

        open("/settings");
        assertThat(browser.getTitle()).isEqualTo("Settings · Helmsman");
        assertThat(axeViolations(browser)).isEmpty();

        for (var theme : new String[] {"dark", "hm-high-contrast"}) {
            js(browser, theme.equals("dark") ? "document.documentElement.setAttribute('theme', 'dark')"
                    : "document.documentElement.removeAttribute('theme'); document.documentElement.classList.add('hm-high-contrast')");
            assertThat(axeViolations(browser)).as(theme).isEmpty();
        }
    }

    @Test
    void saving_settings_is_shown_and_said_once() {
        savesAndIsSaidOnce("/settings", "Save settings", "Settings saved.");
    }

    @Test
    void saving_planner_settings_is_shown_and_said_once() {
        savesAndIsSaidOnce("/planner/settings", "Save planner settings", "Planner settings saved.");
    }

    /** Opens a settings page as the admin, presses its save button and expects its toast on screen, said once, axe clean. */
    private void savesAndIsSaidOnce(String path, String button, String message) {
        fixtures.admin("root@example.com");
        signInWithKeyboard("root@example.com");

        open(path);
        browser.findElement(org.openqa.selenium.By.xpath("//vaadin-button[normalize-space()='" + button + "']")).click();
        Chromium.assertToastSaidOnce(browser, message);
        assertThat(axeViolations(browser)).as(path + " with the toast").isEmpty();
    }

    @Test
    void keyboard_alone_signs_in_and_the_skip_link_moves_focus_to_the_main_content() {
        fixtures.admin("root@example.com");
        signInWithKeyboard("root@example.com");

        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(activeElementText()).isEqualTo("Skip to main content");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "main-content".equals(js(d, "return document.activeElement.id")));
    }

    @Test
    void tab_order_follows_the_page_header_navigation_then_content() {
        fixtures.admin("root@example.com");
        signInWithKeyboard("root@example.com");

        var visited = new ArrayList<String>();
        // Tab from the top of the page until the last navigation entry: no trap, no skipped landmark.
        for (int i = 0; i < 30 && (visited.isEmpty() || !"Admin".equals(visited.getLast())); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            visited.add(activeElementText());
        }
        var theme = visited.stream().filter(name -> name.startsWith("Theme")).findFirst().orElseThrow();
        assertThat(visited).containsSubsequence("Skip to main content", "Helmsman", "Add task", theme, "Sign out", "Today", "Inbox",
                "Upcoming", "Settings", "Your data", "Admin");
    }

    private void signInWithKeyboard(String email) {
        open("/login");
        typeCredentialsAndSubmit(email, Fixtures.PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "Today · Helmsman".equals(d.getTitle()));
        waitUntilIdle(browser);
    }

    /** Tab to the email field, type, Tab to the password, type, Enter: no mouse. */
    private void typeCredentialsAndSubmit(String email, String password) {
        js(browser, "document.body.focus()");
        for (int i = 0; i < 10 && !"username".equals(js(browser, "return document.activeElement.name")); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(js(browser, "return document.activeElement.name")).as("Tab reaches the email field").isEqualTo("username");
        new Actions(browser).sendKeys(email).sendKeys(Keys.TAB).sendKeys(password).sendKeys(Keys.ENTER).perform();
    }

    /** The focused element's accessible name, as Chromium computes it for screen readers. */
    private String activeElementText() {
        var active = browser.switchTo().activeElement();
        var name = active.getAccessibleName().strip();
        // A side-nav item delegates focus to the link in its shadow root, which is named by the item's text.
        return name.isEmpty() ? active.getText().strip() : name;
    }

    /** Keeps what the page looked like in target/screenshots (the README's picture comes from here). */
    private void screenshot(String name) throws java.io.IOException {
        var file = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
        var target = java.nio.file.Path.of("target", "screenshots", name + ".png");
        java.nio.file.Files.createDirectories(target.getParent());
        java.nio.file.Files.copy(file.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilIdle(browser);
    }
}
