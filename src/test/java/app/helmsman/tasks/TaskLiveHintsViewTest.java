package app.helmsman.tasks;

import app.helmsman.Windows;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Task and project changes made through the services reach the person's other windows as live hints. */
class TaskLiveHintsViewTest extends KaribuTest {

    @Autowired
    LiveUpdates live;
    @Autowired
    TaskService tasks;
    @Autowired
    ProjectService projects;
    @Autowired
    TransactionTemplate transactions;

    UUID ada;
    UI first;
    UI second;
    final List<LiveHint> inFirst = new ArrayList<>();
    final List<LiveHint> inSecond = new ArrayList<>();

    @BeforeEach
    void adaHasTwoWindows() {
        ada = fixtures.user("ada@example.com");
        signIn("ada@example.com");
        first = UI.getCurrent();
        second = Windows.another();
        live.subscribe(first, ada, Set.of("tasks", "projects"), inFirst::addAll);
        live.subscribe(second, ada, Set.of("tasks", "projects"), inSecond::addAll);
    }

    @Test
    void a_task_completed_in_one_window_is_announced_in_the_other_but_not_echoed_to_the_first() {
        var task = tasks.create(TaskDraft.titled("Pay rent")).id();
        Windows.awaitDelivery(live);
        inSecond.clear();

        tasks.complete(task, null); // made in the first window: UI.getCurrent() is first

        Windows.awaitDelivery(live);
        assertThat(inSecond).singleElement().satisfies(hint -> {
            assertThat(hint.topic()).isEqualTo("tasks");
            assertThat(hint.ids()).containsExactly(task);
            assertThat(hint.summary()).isEqualTo("'Pay rent' completed");
        });
        assertThat(inFirst).isEmpty();
    }

    @Test
    void a_bulk_import_in_one_transaction_is_one_hint_listing_every_task() {
        UI.setCurrent(null); // a background import, no window
        var ids = transactions.execute(status -> {
            var created = new ArrayList<UUID>();
            for (int i = 0; i < 300; i++) {
                created.add(tasks.create(TaskDraft.titled("Imported " + i)).id());
            }
            return created;
        });
        UI.setCurrent(first);

        Windows.awaitDelivery(live);
        assertThat(inFirst).singleElement().satisfies(hint -> {
            assertThat(hint.ids()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(hint.summary()).isEqualTo("300 tasks added");
        });
        assertThat(inSecond).hasSize(1);
    }

    @Test
    void a_renamed_project_reaches_the_other_window_on_the_projects_topic() {
        var project = projects.createProject(new ProjectDraft("Home", "#3366cc", null));
        Windows.awaitDelivery(live);
        inSecond.clear();

        projects.updateProject(project.id(), new ProjectDraft("House", "#3366cc", null));

        Windows.awaitDelivery(live);
        assertThat(inSecond).singleElement().satisfies(hint -> {
            assertThat(hint.topic()).isEqualTo("projects");
            assertThat(hint.summary()).isEqualTo("Project 'House' changed");
        });
        assertThat(inFirst).isEmpty();
    }

    @Test
    void another_persons_task_changes_never_reach_this_person() {
        fixtures.user("bob@example.com");
        signIn("bob@example.com");
        tasks.create(TaskDraft.titled("Bob's secret"));

        Windows.awaitDelivery(live);
        assertThat(inFirst).isEmpty();
        assertThat(inSecond).isEmpty();
    }
}
