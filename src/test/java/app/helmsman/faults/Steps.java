package app.helmsman.faults;

import app.helmsman.Fixtures;
import app.helmsman.WebClient;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The steps of the fault tests' load: real sign-ins over HTTP and edits through the task service. */
final class Steps {

    /** Tags every load edit carries: an edit is whole only with its task and both tags. */
    static final int TAGS_PER_EDIT = 2;

    private Steps() {
    }

    /**
     * A person signs in from a fresh browser (sign-in page, CSRF-protected same-origin form POST) and opens
     * the start page. Answers that are not calm (a 500, or anything that looks like a stack trace) are
     * added to {@code uncalm}.
     */
    static Supplier<String> signIn(Supplier<String> baseUrl, String email, List<String> uncalm) {
        return () -> {
            var browser = new WebClient(baseUrl.get());
            var page = check(browser.get("/login"), uncalm);
            if (page.statusCode() != 200) {
                return "sign-in page " + page.statusCode();
            }
            var signIn = check(browser.postForm("/login", Map.of("username", email, "password", Fixtures.PASSWORD), browser.baseUrl()), uncalm);
            if (signIn.statusCode() != 302 || WebClient.location(signIn).contains("/login")) {
                return "sign-in " + signIn.statusCode() + " -> " + WebClient.location(signIn);
            }
            var start = check(browser.get("/"), uncalm);
            return start.statusCode() == 200 ? null : "start page " + start.statusCode();
        };
    }

    /**
     * A person who is already signed in keeps opening the start page in the same session (the session's
     * periodic revocation check reads PostgreSQL). Worked when the page came; a calm refusal is a failure,
     * an un-calm one is also added to {@code uncalm}.
     */
    static Supplier<String> browse(WebClient signedIn, List<String> uncalm) {
        return () -> {
            var start = check(signedIn.get("/"), uncalm);
            return start.statusCode() == 200 ? null : "start page " + start.statusCode();
        };
    }

    static HttpResponse<String> check(HttpResponse<String> response, List<String> uncalm) {
        var body = response.body() == null ? "" : response.body();
        if (response.statusCode() == 500 || body.contains("Exception") || body.contains("\tat ") || body.contains("SQLState")) {
            uncalm.add(response.request().method() + " " + response.uri().getPath() + " -> " + response.statusCode() + ": "
                    + body.substring(0, Math.min(200, body.length())));
        }
        return response;
    }

    /**
     * Creates a task with {@link #TAGS_PER_EDIT} tags as the signed-in person (one service call, one
     * transaction); records the title before trying, and the id once the service acknowledged it.
     */
    static Supplier<String> edit(TaskService tasks, SecurityContextHolderStrategy contexts, Authentication person, AtomicInteger counter,
                                 List<String> tried, Map<UUID, String> acknowledged) {
        return () -> {
            var title = "edit-" + counter.incrementAndGet();
            tried.add(title);
            var context = contexts.createEmptyContext();
            context.setAuthentication(person);
            contexts.setContext(context);
            try {
                var created = tasks.create(TaskDraft.titled(title).withTags("load", "n" + counter.get()));
                acknowledged.put(created.id(), title);
                return null;
            } finally {
                contexts.clearContext();
            }
        };
    }
}
