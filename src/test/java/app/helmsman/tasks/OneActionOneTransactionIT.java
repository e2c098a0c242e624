package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.assist.AcceptedTask;
import app.helmsman.assist.AssistTasks;
import app.helmsman.tasks.quickadd.QuickAddParser;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** One user action, one transaction: a failure halfway through a click leaves nothing of it done. */
@IntegrationTest
class OneActionOneTransactionIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskBulkService bulk;
    @Autowired
    TaskTrashService trash;
    @Autowired
    TaskUndoService undo;
    @Autowired
    ProjectService projects;
    @Autowired
    QuickAddService quickAdd;
    @Autowired
    AssistTasks assistTasks;
    @Autowired
    TaskListService taskLists;

    UUID a;
    UUID b;
    UUID bobs;

    @BeforeEach
    void twoTasksAndSomeoneElses() {
        fixtures.resetDatabase();
        clock.set(Instant.parse("2026-11-28T10:00:00Z"));
        fixtures.user("bob@example.com");
        fixtures.signIn("bob@example.com");
        bobs = tasks.create(TaskDraft.titled("Bob's own")).id();
        fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
        a = tasks.create(TaskDraft.titled("A")).id();
        b = tasks.create(TaskDraft.titled("B")).id();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void quick_add_with_a_new_project_and_a_title_over_the_limit_leaves_no_project_and_no_tag() {
        var line = "word ".repeat(TaskDraft.TITLE_MAX_LENGTH / 5 + 1) + "#fresh +Plumbing";
        var parsed = new QuickAddParser().parse(line, clock.instant().atZone(ZoneOffset.UTC));

        assertThatThrownBy(() -> quickAdd.save(parsed)).isInstanceOf(TaskValidationException.class);

        assertThat(projects.projects(true)).isEmpty();
        assertThat(projects.tags()).isEmpty();
    }

    @Test
    void quick_add_with_a_new_project_creates_project_tag_and_task_together() {
        var parsed = new QuickAddParser().parse("Fix the tap #fresh +Plumbing", clock.instant().atZone(ZoneOffset.UTC));

        var task = quickAdd.save(parsed);

        assertThat(projects.projects(true)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Plumbing");
            assertThat(task.projectId()).isEqualTo(p.id());
        });
        assertThat(projects.tags()).extracting(TagView::name).containsExactly("fresh");
    }

    @Test
    void bulk_complete_that_fails_halfway_completes_none() {
        assertThatThrownBy(() -> bulk.completeAll(List.of(a, bobs, b), null)).isInstanceOf(TaskNotFoundException.class);

        assertThat(tasks.get(a).status()).isEqualTo(Status.TODO);
        assertThat(tasks.get(b).status()).isEqualTo(Status.TODO);
    }

    @Test
    void bulk_complete_with_open_subtasks_asks_first_and_completes_nothing_until_answered() {
        var child = tasks.create(TaskDraft.titled("child").under(b)).id();

        assertThatThrownBy(() -> bulk.completeAll(List.of(a, b), null)).isInstanceOfSatisfying(BulkOpenSubtasksException.class, e -> {
            assertThat(e.tasks()).containsExactly(b);
            assertThat(e.openSubtasks()).isEqualTo(1);
        });
        assertThat(tasks.get(a).status()).isEqualTo(Status.TODO);

        bulk.completeAll(List.of(a, b), ChildrenOption.COMPLETE_CHILDREN);

        assertThat(List.of(a, b, child)).allSatisfy(id -> assertThat(tasks.get(id).status()).isEqualTo(Status.DONE));
    }

    @Test
    void bulk_move_that_fails_halfway_moves_none() {
        var home = projects.createProject(ProjectDraft.named("Home")).id();

        assertThatThrownBy(() -> bulk.moveAllToProject(List.of(a, bobs, b), home)).isInstanceOf(TaskNotFoundException.class);

        assertThat(tasks.get(a).projectId()).isNull();
        assertThat(tasks.get(b).projectId()).isNull();
    }

    @Test
    void bulk_trash_that_fails_halfway_trashes_none() {
        assertThatThrownBy(() -> bulk.trashAll(List.of(a, bobs, b))).isInstanceOf(TaskNotFoundException.class);

        assertThat(tasks.get(a).deletedAt()).isNull();
        assertThat(tasks.get(b).deletedAt()).isNull();
    }

    @Test
    void bulk_restore_and_delete_forever_that_fail_halfway_change_nothing() {
        bulk.trashAll(List.of(a, b));

        assertThatThrownBy(() -> bulk.restoreAll(List.of(a, bobs, b))).isInstanceOf(TaskNotFoundException.class);
        assertThat(tasks.get(a).deletedAt()).isNotNull();

        assertThatThrownBy(() -> bulk.purgeAll(List.of(a, bobs, b))).isInstanceOf(TaskNotFoundException.class);
        assertThat(tasks.get(a).deletedAt()).isNotNull();
    }

    @Test
    void undo_that_fails_halfway_puts_nothing_back() {
        var repeating = tasks.create(TaskDraft.titled("Water plants").repeating("FREQ=DAILY", RecurrenceMode.FIXED)).id();
        var before = undo.snapshot(List.of(a, repeating));
        var created = bulk.completeAll(List.of(a, repeating), null);
        assertThat(created).hasSize(1);

        assertThatThrownBy(() -> bulk.undo(before, List.of(created.getFirst(), bobs))).isInstanceOf(TaskNotFoundException.class);

        assertThat(tasks.get(a).status()).isEqualTo(Status.DONE);
        assertThat(tasks.get(created.getFirst()).deletedAt()).isNull();

        bulk.undo(before, created);

        assertThat(tasks.get(a).status()).isEqualTo(Status.TODO);
        assertThat(tasks.get(repeating).status()).isEqualTo(Status.TODO);
        assertThatThrownBy(() -> tasks.get(created.getFirst())).isInstanceOf(TaskNotFoundException.class);
    }

    @Test
    void a_brain_dump_save_with_a_new_project_and_one_bad_task_saves_nothing() {
        var first = new AcceptedTask("Fix the tap", null, null, null, null, null, null, null, null, null, "Plumbing", true,
                List.of("fresh"), true, List.of());
        var tooLong = AcceptedTask.titled("x".repeat(TaskDraft.TITLE_MAX_LENGTH + 1));

        assertThatThrownBy(() -> assistTasks.saveFromBrainDump(List.of(first, tooLong))).isInstanceOf(TaskValidationException.class);

        assertThat(projects.projects(true)).isEmpty();
        assertThat(projects.tags()).isEmpty();
        assertThat(taskLists.search(TaskSearch.text("tap"), PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void a_breakdown_save_with_one_bad_step_adds_no_subtask() {
        var steps = List.of("Buy a washer", "x".repeat(TaskDraft.TITLE_MAX_LENGTH + 1));

        assertThatThrownBy(() -> assistTasks.addSubtasks(a, steps)).isInstanceOf(TaskValidationException.class);

        assertThat(taskLists.search(TaskSearch.text("washer"), PageRequest.of(0, 10)).getContent()).isEmpty();
    }
}
