package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import app.helmsman.KaribuTest;
import app.helmsman.TestClock;
import app.helmsman.Windows;
import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskTrashService;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Shared set-up of the task view tests: Ada signed in on Thursday 3 December 2026 (UTC), a mocked details editor. */
abstract class TaskViewTestSupport extends KaribuTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Autowired
    TaskService tasks;
    @Autowired
    TaskTrashService trash;
    @Autowired
    ProjectService projects;
    @Autowired
    TestClock clock;
    @Autowired
    LiveUpdates live;
    @MockitoBean
    TaskEditor editor;

    UUID ada;

    @BeforeEach
    void adaOnThursday() {
        clock.set(NOW);
        ada = fixtures.user("ada@example.com");
        signIn("ada@example.com");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    UUID create(TaskDraft draft) {
        return tasks.create(draft).id();
    }

    /** A task in a project, or a subtask of a parent. */
    UUID create(String title, UUID projectId, UUID parentId) {
        return create(new TaskDraft(title, null, null, null, null, null, null, null, null, null, null, null, projectId, parentId,
                List.of(), null, null));
    }

    UUID create(String title) {
        return create(TaskDraft.titled(title));
    }

    /** Titles of the rows shown, top to bottom (in the order of the page). */
    static List<String> titles() {
        return rows().stream().map(row -> row.task().title()).toList();
    }

    /** The rows shown, top to bottom: rows are plain elements (ADR 0024), found by their data-task-id. */
    static List<TaskRow> rows() {
        var found = new ArrayList<TaskRow>();
        for (var list : _find(TaskList.class)) {
            collect(list, list.getElement(), found);
        }
        return found;
    }

    private static void collect(TaskList list, Element element, List<TaskRow> found) {
        var id = element.getAttribute("data-task-id");
        if (id != null && element.hasAttribute("role")) {
            found.add(list.row(UUID.fromString(id)));
            return;
        }
        element.getChildren().forEach(child -> collect(list, child, found));
    }

    static TaskRow row(String title) {
        return rows().stream().filter(r -> r.task().title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + title + " in " + titles()));
    }

    /** The chip texts of a row. */
    static List<String> chips(String title) {
        return row(title).chipTexts();
    }

    /** Clicks a row's button (its data-action, e.g. {@link TaskRow#RESTORE}) as the browser reports it to the list. */
    static void click(TaskRow row, String action) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put(RowEvents.ROW_ID, row.id().toString());
        data.put(RowEvents.ACTION, action);
        data.put(RowEvents.CLICK_FILTER, true);
        fireOnList(row, "click", data);
    }

    /** Ticks or clears a row's checkbox as the browser reports it to the list. */
    static void check(TaskRow row, boolean checked) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put(RowEvents.ROW_ID, row.id().toString());
        data.put(RowEvents.ACTION, TaskRow.COMPLETE);
        data.put(RowEvents.CHECKED, checked);
        data.put(RowEvents.CHANGE_FILTER, true);
        fireOnList(row, "change", data);
    }

    private static void fireOnList(TaskRow row, String type, ObjectNode data) {
        var body = row.getElement().getParent();
        while (body != null && !body.getClassList().contains("hm-task-list-body")) {
            body = body.getParent();
        }
        if (body == null) {
            throw new AssertionError("row " + row.task().title() + " is not in a list");
        }
        ElementUtilsKt._fireDomEvent(body, new DomEvent(body, type, data));
    }

    static List<String> headings() {
        return _find(H2.class).stream().map(H2::getText).toList();
    }

    /** Where the list's keys are listened to (the rows' container). */
    static Div keys() {
        return _get(Div.class, spec -> spec.withClasses("hm-task-list-body"));
    }

    static TaskList list() {
        return _get(TaskList.class);
    }

    static String currentTitle() {
        var row = list().currentRow();
        return row == null ? null : row.task().title();
    }

    static String announced() {
        // the announcer alternates a trailing no-break space so that a repeated message is spoken again
        return Announcer.lastMessage(UI.getCurrent()).replace('\u00a0', ' ').strip();
    }

    /** A hint as another window or device would send it, delivered as a push would. */
    void hintFromElsewhere(UUID... ids) {
        live.publishAfterCommit(LiveHint.forUser("tasks", ada, Set.of(ids), "", null, Instant.now()));
        Windows.awaitDelivery(live);
    }
}
