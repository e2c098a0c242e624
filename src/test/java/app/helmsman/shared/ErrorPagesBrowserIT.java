package app.helmsman.shared;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.js;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real Chromium: unknown and forbidden addresses get a calm, accessible page with a way on. */
@IntegrationTest
class ErrorPagesBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com");
        fixtures.user("sam@example.com");
        browser = Chromium.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_unknown_address_shows_an_accessible_not_found_page_with_a_way_back_to_today() {
        signIn("sam@example.com");
        open("/no-such-page");

        assertThat(browser.getTitle()).isEqualTo("Page not found · Helmsman");
        assertThat(browser.findElements(By.tagName("h1"))).singleElement().extracting(e -> e.getText()).isEqualTo("Page not found");
        assertThat(browser.findElements(By.tagName("main"))).hasSize(1);
        assertThat(browser.findElement(By.linkText("Go to Today")).isDisplayed()).isTrue();
        assertThat(axeViolations(browser)).isEmpty();
    }

    @Test
    void a_person_without_the_admin_role_gets_an_accessible_page_instead_of_the_admin_console() {
        signIn("sam@example.com");
        open("/admin");

        assertThat(browser.getTitle()).isIn("Page not found · Helmsman", "No access · Helmsman");
        assertThat(browser.findElements(By.tagName("h1"))).singleElement().extracting(e -> e.getText()).isIn("Page not found", "No access");
        assertThat(browser.getPageSource()).doesNotContain("root@example.com");
        assertThat(axeViolations(browser)).isEmpty();
    }

    @Test
    void someone_signed_out_who_opens_an_unknown_address_is_asked_to_sign_in_first() {
        open("/no-such-page");

        assertThat(browser.getTitle()).isEqualTo("Sign in · Helmsman");
    }

    private void signIn(String email) {
        Chromium.signIn(browser, port, email);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilIdle(browser);
    }
}
