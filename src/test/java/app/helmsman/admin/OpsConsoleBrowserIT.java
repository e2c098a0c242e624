package app.helmsman.admin;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.platform.AuditLog;
import java.time.Duration;
import java.util.Map;
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

/** Real Chromium: every panel of the ops console has one H1, a title, and no axe-core WCAG 2.2 A/AA violation. */
@IntegrationTest
class OpsConsoleBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MaintenanceService maintenance;
    @Autowired
    AuditLog audit;

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
    void every_panel_has_no_accessibility_violations_with_the_maintenance_banner_shown() {
        fixtures.admin("root@example.com");
        fixtures.user("ada@example.com");
        audit.record(null, "ada@example.com", "sign-in.failed", "ada@example.com", "password", "127.0.0.1");
        fixtures.signIn("root@example.com");
        maintenance.post("Upgrade at 22:00 UTC", null);
        fixtures.signOut();
        signIn("root@example.com");

        var panels = Map.of("/admin", "Users · Admin · Helmsman", "/admin/flags", "Feature flags · Admin · Helmsman",
                "/admin/audit", "Audit log · Admin · Helmsman", "/admin/jobs", "Jobs · Admin · Helmsman",
                "/admin/health", "Health · Admin · Helmsman", "/admin/maintenance", "Maintenance banner · Admin · Helmsman",
                "/admin/metrics", "Live metrics · Admin · Helmsman");
        for (var panel : panels.entrySet()) {
            open(panel.getKey());
            assertThat(browser.getTitle()).as(panel.getKey()).isEqualTo(panel.getValue());
            assertThat(js(browser, "return document.querySelectorAll('h1').length")).as(panel.getKey()).isEqualTo(1L);
            assertThat(browser.getPageSource()).as(panel.getKey()).contains("Maintenance: Upgrade at 22:00 UTC");
            assertThat(axeViolations(browser)).as(panel.getKey()).isEmpty();
        }
    }

    @Test
    void the_maintenance_banner_and_the_consoles_messages_are_said_once_and_shown() {
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        open("/admin/maintenance");

        browser.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys("Upgrade at 22:00 UTC");
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Post for everyone']")).click();
        // the banner is text in the header, not a live region of its own: the announcer reads it out once
        org.awaitility.Awaitility.await("the banner in the header, said by one live region").atMost(Duration.ofSeconds(8)).untilAsserted(() -> {
            assertThat(js(browser, "const b = document.querySelector('.hm-maintenance-banner'); return b && !b.hidden ? b.textContent : ''"))
                    .isEqualTo("Maintenance: Upgrade at 22:00 UTC");
            assertThat(Chromium.liveRegionsSaying(browser, "Maintenance: Upgrade at 22:00 UTC")).isEqualTo(1L);
        });
        assertThat(Chromium.toastShowing(browser, "The banner is shown to everyone.")).as("the console says what it did").isTrue();

        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Remove banner']")).click();
        Chromium.assertToastSaidOnce(browser, "The banner was removed.");
        assertThat(axeViolations(browser)).as("the console with its message shown").isEmpty();
    }

    private void signIn(String email) {
        open("/login");
        js(browser, "document.body.focus()");
        for (int i = 0; i < 10 && !"username".equals(js(browser, "return document.activeElement.name")); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        new Actions(browser).sendKeys(email).sendKeys(Keys.TAB).sendKeys(Fixtures.PASSWORD).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "Today · Helmsman".equals(d.getTitle()));
        waitUntilIdle(browser);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilIdle(browser);
    }
}
