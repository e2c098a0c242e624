package app.helmsman.tasks.ui;

import static app.helmsman.Chromium.axeViolations;
import static app.helmsman.Chromium.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real Chromium: "Your data" downloads the person's own file, and shows an import's problems accessibly (axe-core). */
@IntegrationTest
class YourDataBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskService tasks;

    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        fixtures.resetDatabase();
        fixtures.admin("root@example.com"); // without an admin, every page leads to the first-run setup
        fixtures.user("sam@example.com");
        fixtures.signIn("sam@example.com");
        tasks.create(TaskDraft.titled("Sam's own task"));
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
    void a_rejected_import_lists_its_problems_with_no_accessibility_violations() throws Exception {
        signIn("sam@example.com");
        open("/data");
        assertThat(browser.getTitle()).isEqualTo("Your data · Helmsman");
        assertThat(browser.findElements(By.tagName("h1"))).singleElement().extracting(WebElement::getText).isEqualTo("Your data");
        assertThat(axeViolations(browser)).isEmpty();

        var file = Files.createTempFile("tasks", ".csv");
        Files.writeString(file, "title,priority\nBuy stamps,2\nRenew passport,7\n");
        fileInput().sendKeys(file.toAbsolutePath().toString());

        var problems = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(".hm-import-problems li")).stream().findFirst().orElse(null));
        assertThat(problems.getText()).isEqualTo("Line 3: The priority must be 1 (highest) to 4, not 7.");
        assertThat(browser.findElement(By.cssSelector(".hm-import-problems")).getAccessibleName()).endsWith("cannot be imported");
        assertThat(axeViolations(browser)).isEmpty();
    }

    @Test
    void the_backup_link_downloads_the_signed_in_persons_data() {
        signIn("sam@example.com");
        open("/data");

        var href = browser.findElement(By.linkText("Download a backup (JSON)")).getAttribute("href");
        var body = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);

        assertThat(body).contains("\"format\" : \"helmsman\"").contains("Sam's own task");
    }

    /** The upload's file input (in its shadow root or light DOM, depending on the version). */
    private WebElement fileInput() {
        return (WebElement) ((JavascriptExecutor) browser).executeScript("""
                const upload = document.querySelector('vaadin-upload');
                return upload.querySelector('input[type=file]') || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'))
                    || document.querySelector('input[type=file]');""");
    }

    private void signIn(String email) {
        Chromium.signIn(browser, port, email);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilIdle(browser);
    }
}
