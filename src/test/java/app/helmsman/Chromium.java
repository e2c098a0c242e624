package app.helmsman;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its chromedriver (never a downloaded browser). Without Chromium the browser
 * tests are skipped with a notice, unless {@code helmsman.test.requireBrowser=true} (as in .ci/run), where a
 * missing browser fails them.
 */
public final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("helmsman.test.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("helmsman.test.chromedriver", "/usr/bin/chromedriver"));
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Chromium() {
    }

    public static WebDriver start() throws Exception {
        return start(null);
    }

    /** A browser whose language (navigator.language and Accept-Language) is {@code language}, like "en-GB"; null: Chromium's own. */
    public static WebDriver start(String language) throws Exception {
        boolean available = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!available) {
            if (Boolean.getBoolean("helmsman.test.requireBrowser")) {
                throw new IllegalStateException("Browser tests are required but " + BROWSER + " or " + DRIVER
                        + " is missing: apt-get install chromium chromium-driver");
            }
            System.err.println("NOTICE: browser tests skipped: no " + BROWSER + " / " + DRIVER + " on this machine");
            Assumptions.abort("no Chromium on this machine");
        }
        var options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("helmsman-chromium"));
        if (language != null) {
            options.addArguments("--lang=" + language);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        }
        // The console log, for tests that read it (ReflowBrowserIT: no page logs an error).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Waits until Vaadin has rendered and has no request in flight; on a server-rendered page (the sign-in page,
     * {@code <html data-hm-static>}, ADR 0030) until the document has loaded.
     */
    public static void waitUntilIdle(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                if (document.readyState === 'complete' && document.documentElement.hasAttribute('data-hm-static')) { return true; }
                return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients
                  && Object.keys(window.Vaadin.Flow.clients).length > 0
                  && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());"""));
    }

    /** The WCAG 2.0-2.2 A/AA violations axe-core finds on the current page, described for a failure message. */
    public static String axeViolations(WebDriver driver) {
        waitUntilIdle(driver);
        var results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        return results.getViolations().stream().map(Chromium::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    public static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Signs in through the real sign-in page (typing into its fields) and waits for Today. */
    public static void signIn(WebDriver driver, int port, String email) {
        driver.get("http://localhost:" + port + "/login");
        waitUntilIdle(driver);
        driver.findElement(org.openqa.selenium.By.cssSelector("input[name=username]")).sendKeys(email);
        driver.findElement(org.openqa.selenium.By.cssSelector("input[name=password]")).sendKeys(app.helmsman.Fixtures.PASSWORD + "\n");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "Today · Helmsman".equals(d.getTitle()));
        waitUntilIdle(driver);
    }

    /** How many live regions (aria-live, or role alert, status or log), shadow roots included, hold the message. */
    public static long liveRegionsSaying(WebDriver driver, String message) {
        return (Long) js(driver, """
                let n = 0; const walk = root => root.querySelectorAll('*').forEach(e => {
                  const live = (e.getAttribute('aria-live') || '').trim(); const role = e.getAttribute('role');
                  if ((live === 'polite' || live === 'assertive' || (live !== 'off' && ['alert', 'status', 'log'].includes(role)))
                      && e.textContent.includes(arguments[0])) { n++; }
                  if (e.shadowRoot) { walk(e.shadowRoot); } });
                walk(document); return n;""", message);
    }

    /** Whether a toast (a Vaadin notification card) holding the message is on screen: rendered, not hidden, inside the viewport. */
    public static boolean toastShowing(WebDriver driver, String message) {
        return Boolean.TRUE.equals(js(driver, """
                return [...document.querySelectorAll('vaadin-notification-card')].some(card => {
                  const r = card.getBoundingClientRect(); const v = window.visualViewport;
                  return card.textContent.includes(arguments[0]) && card.checkVisibility({ visibilityProperty: true })
                    && r.width > 0 && r.height > 0 && r.top >= -1 && r.left >= -1 && r.bottom <= v.height + 1 && r.right <= v.width + 1; });""",
                message));
    }

    /**
     * Waits until a toast saying the message is on screen, then until, while it is still on screen, the message is in
     * exactly one live region: the announcer speaks it, the toast's own card stays quiet (issue 17). Fails with the
     * count it saw. Two steps because a toast leaves after a few seconds: a single wait that outlasted the toast
     * reported "not on screen" although the real failure, seen while it was showing, was two live regions.
     */
    public static void assertToastSaidOnce(WebDriver driver, String message) {
        org.awaitility.Awaitility.await("a toast saying \"" + message + "\" on screen")
                .atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(100))
                .until(() -> toastShowing(driver, message));
        // the card loses its role within a frame of rendering; every toast stays for 5 s or more
        org.awaitility.Awaitility.await("the toast saying \"" + message + "\", while on screen, said by one live region")
                .atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                    org.assertj.core.api.Assertions.assertThat(liveRegionsSaying(driver, message)).as("live regions saying " + message).isEqualTo(1L);
                    org.assertj.core.api.Assertions.assertThat(toastShowing(driver, message)).as("a toast saying " + message + " is still on screen").isTrue();
                });
    }
}
