package app.helmsman.assist;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.assist.internal.Assistant;
import app.helmsman.assist.internal.Requester;
import app.helmsman.assist.offline.OfflineExtractor;
import app.helmsman.assist.offline.Vocabulary;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.TagView;
import app.helmsman.tasks.TaskService;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Brain dump extraction, task breakdown and classification for the signed-in person, with the AI provider when one
 * is configured and allowed, and with the offline helpers otherwise or when the provider fails (the result says
 * which, and why). Nothing is saved: every result is a proposal the person reviews.
 *
 * <p>Each method reads what it needs (the task, the person's projects, tags and time zone) on the calling thread,
 * then works asynchronously. The future completes with a result whenever the provider fails; it completes
 * exceptionally only when the person may not use the task ({@link app.helmsman.tasks.TaskNotFoundException}).
 * Cancelling it aborts the provider call. Every text in a result is plain text: never render it as HTML.
 */
@Service
public class AssistService {

    /** The longest brain dump that is read; the rest of a longer one is ignored. The UI should stop typing here. */
    public static final int MAX_DUMP_CHARS = OfflineExtractor.MAX_INPUT_CHARS;

    /** Breakdown granularity: 1 = a few big steps ... 5 = tiny steps. */
    public static final int MIN_GRANULARITY = 1;
    public static final int MAX_GRANULARITY = 5;

    private final TaskService tasks;
    private final ProjectService projects;
    private final SignedInUser signedIn;
    private final UserTimeZones zones;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts;
    private final Assistant assistant;

    AssistService(TaskService tasks, ProjectService projects, SignedInUser signedIn, UserTimeZones zones, Clock clock,
                  SecurityContextHolderStrategy contexts, Assistant assistant) {
        this.tasks = tasks;
        this.projects = projects;
        this.signedIn = signedIn;
        this.zones = zones;
        this.clock = clock;
        this.contexts = contexts;
        this.assistant = assistant;
    }

    /**
     * Proposes tasks for a brain dump.
     *
     * @param dump the text; null or blank gives no proposals; only the first {@value #MAX_DUMP_CHARS} characters count
     * @return the proposals, never completing exceptionally except when cancelled
     */
    @PreAuthorize("isAuthenticated()")
    public CompletableFuture<Extraction> extract(String dump) {
        String text = dump == null ? "" : dump.length() > MAX_DUMP_CHARS ? dump.substring(0, MAX_DUMP_CHARS) : dump;
        text = text.replace("\0", ""); // invisible, and no task title or note can hold it
        return assistant.extract(requester(), text);
    }

    /**
     * Proposes steps (subtasks) for one of the person's tasks.
     *
     * @param granularity 1 (a few big steps) to 5 (tiny steps); values outside are clamped
     * @return the steps, or guidance; completes exceptionally with
     *     {@link app.helmsman.tasks.TaskNotFoundException} when the task is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    public CompletableFuture<StepsProposal> breakDown(UUID taskId, int granularity) {
        int g = Math.max(MIN_GRANULARITY, Math.min(MAX_GRANULARITY, granularity));
        try {
            var task = tasks.get(taskId);
            return assistant.breakDown(requester(), task.title(), task.notes(), g);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Suggests energy, focus type and estimate for one of the person's tasks; writes nothing.
     *
     * @return the suggestion; completes exceptionally with {@link app.helmsman.tasks.TaskNotFoundException} when
     *     the task is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    public CompletableFuture<Suggestion> classify(UUID taskId) {
        try {
            var task = tasks.get(taskId);
            return assistant.classify(requester(), task.title(), task.notes());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Requester requester() {
        UUID user = signedIn.requireId();
        var vocabulary = new Vocabulary(projects.projects(false).stream().map(ProjectView::name).toList(),
                projects.tags().stream().map(TagView::name).toList());
        var now = ZonedDateTime.now(clock.withZone(zones.zoneOf(user)));
        return new Requester(user, now, vocabulary, contexts.getContext());
    }
}
