package app.helmsman.assist;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The assist API wired to a provider by configuration (HELMSMAN_AI_BASE_URL and friends), against a WireMock stub. */
@IntegrationTest
class AssistProviderIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final WireMockServer STUB = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        STUB.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("helmsman.assist.base-url", () -> STUB.baseUrl() + "/v1");
        properties.add("helmsman.assist.api-key", () -> "sk-test-not-a-secret");
        properties.add("helmsman.assist.model", () -> "stub-model");
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    AssistService assist;
    @Autowired
    TaskService tasks;
    @Autowired
    ProjectService projects;

    @BeforeEach
    void signedIn() {
        fixtures.resetDatabase();
        var ada = fixtures.user("ada@example.com");
        fixtures.timeZone(ada, "Pacific/Auckland");
        fixtures.signIn("ada@example.com");
        clock.set(Instant.parse("2026-11-28T20:00:00Z")); // Sunday 29 November in Auckland
        STUB.resetAll();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        clock.reset();
    }

    @AfterAll
    static void stopStub() {
        STUB.stop();
    }

    static void answer(Object content) {
        var body = Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1L, "model", "stub-model",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", JSON.writeValueAsString(content)))),
                "usage", Map.of("prompt_tokens", 100, "completion_tokens", 20, "total_tokens", 120));
        STUB.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(body))));
    }

    @Test
    void a_dump_goes_to_the_provider_with_the_persons_day_and_projects() throws Exception {
        projects.createProject(ProjectDraft.named("Garden"));
        answer(Map.of("tasks", List.of(Map.of("title", "Mow the lawn", "doDate", "2026-11-30", "project", "garden",
                "tags", List.of(), "dependsOn", List.of()))));

        var result = assist.extract("mow the lawn tomorrow").get(20, TimeUnit.SECONDS);

        assertThat(result.origin()).isEqualTo(Origin.PROVIDER);
        assertThat(result.proposals()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Mow the lawn");
            assertThat(p.project()).isEqualTo("Garden");
            assertThat(p.doDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        });
        String user = JSON.readTree(STUB.getAllServeEvents().getFirst().getRequest().getBodyAsString())
                .get("messages").get(1).get("content").stringValue();
        assertThat(user).contains("Today is Sunday 2026-11-29 (time zone Pacific/Auckland)").contains("[\"Garden\"]");
    }

    @Test
    void the_persons_task_is_broken_down_by_the_provider() throws Exception {
        var task = tasks.create(TaskDraft.titled("Do my tax return").withNotes("due on the 31st"));
        answer(Map.of("steps", List.of("Find last year's return", "Log in to the tax portal", "Fill in the income page")));

        var result = assist.breakDown(task.id(), 2).get(20, TimeUnit.SECONDS);

        assertThat(result.origin()).isEqualTo(Origin.PROVIDER);
        assertThat(result.steps()).containsExactly("Find last year's return", "Log in to the tax portal", "Fill in the income page");
        String user = JSON.readTree(STUB.getAllServeEvents().getFirst().getRequest().getBodyAsString())
                .get("messages").get(1).get("content").stringValue();
        assertThat(user).contains("Title: Do my tax return").contains("Notes: due on the 31st");
    }
}
