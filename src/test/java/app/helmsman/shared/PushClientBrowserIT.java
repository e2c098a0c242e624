package app.helmsman.shared;

import static app.helmsman.Chromium.js;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Chromium;
import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Vaadin's Push client registers no deprecated {@code unload} listener (Lighthouse best practices, ADR 0030): the
 * app shell sends it to {@code pagehide}. Read with Chromium's own DevTools ({@code DOMDebugger.getEventListeners}),
 * and Push still brings a change made elsewhere into the open page.
 */
@IntegrationTest
class PushClientBrowserIT {

    private static final String ADA = "ada@example.com";

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
        fixtures.admin("root@example.com");
        fixtures.user(ADA);
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
    void the_push_client_listens_for_pagehide_not_unload_and_still_delivers_a_change() {
        Chromium.signIn(browser, port, ADA);
        browser.get("http://localhost:" + port + "/inbox");
        Chromium.waitUntilIdle(browser);
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage("Vaadin's Push client has loaded")
                .until(d -> js(d, "return !!(window.vaadinPush && window.vaadinPush.atmosphere)").equals(true));

        var types = windowListenerTypes();
        assertThat(types).as("listeners on window").doesNotContain("unload").contains("pagehide", "beforeunload");

        js(browser, "window.hmNotReloaded = true");
        fixtures.signIn(ADA);
        try {
            tasks.create(TaskDraft.titled("Arrived by Push"));
        } finally {
            fixtures.signOut();
        }
        new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage("the new task is pushed into the open Inbox")
                .until(d -> js(d, "return document.querySelector('main').innerText.includes('Arrived by Push')").equals(true));
        assertThat(js(browser, "return window.hmNotReloaded === true")).as("the page was not reloaded").isEqualTo(true);
    }

    @SuppressWarnings("unchecked")
    private List<String> windowListenerTypes() {
        var chrome = (ChromeDriver) browser;
        var window = (Map<String, Object>) chrome.executeCdpCommand("Runtime.evaluate", Map.of("expression", "window")).get("result");
        var listeners = (List<Map<String, Object>>) chrome.executeCdpCommand("DOMDebugger.getEventListeners",
                Map.of("objectId", window.get("objectId"))).get("listeners");
        return listeners.stream().map(listener -> String.valueOf(listener.get("type"))).toList();
    }
}
