package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.data.domain.PageRequest;

/** Capture, edit, complete, order, link, trash: the task services on the real database. */
@IntegrationTest
@RecordApplicationEvents
class TaskServiceIT {

    static final PageRequest PAGE = PageRequest.of(0, 50);

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskDependencyService dependencies;
    @Autowired
    TaskListService taskLists;
    @Autowired
    TaskMoveService moves;
    @Autowired
    TaskTrashService trash;
    @Autowired
    ProjectService projects;
    @Autowired
    ApplicationEvents events;

    UUID ada;

    @BeforeEach
    void signedIn() {
        fixtures.resetDatabase();
        ada = fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
        clock.set(Instant.parse("2026-11-28T10:00:00Z"));
        events.clear();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void a_task_keeps_every_field_it_was_created_with() {
        var project = projects.createProject(new ProjectDraft("Home", "#3366CC", null));

        var created = tasks.create(new TaskDraft("Call mom", "about Sunday", Status.IN_PROGRESS, Energy.LOW, FocusType.SOCIAL, 15, 1,
                LocalDate.of(2026, 11, 29), java.time.LocalTime.of(15, 0), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3),
                Source.AI, project.id(), null, List.of("family", "#phone", "Family"), null, null));

        var read = tasks.get(created.id());
        assertThat(read).isEqualTo(created);
        assertThat(read.title()).isEqualTo("Call mom");
        assertThat(read.notes()).isEqualTo("about Sunday");
        assertThat(read.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(read.energy()).isEqualTo(Energy.LOW);
        assertThat(read.focus()).isEqualTo(FocusType.SOCIAL);
        assertThat(read.estimateMinutes()).isEqualTo(15);
        assertThat(read.priority()).isEqualTo(1);
        assertThat(read.doDate()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(read.doTime()).isEqualTo(java.time.LocalTime.of(15, 0));
        assertThat(read.softDeadline()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(read.hardDeadline()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(read.source()).isEqualTo(Source.AI);
        assertThat(read.projectId()).isEqualTo(project.id());
        assertThat(read.tags()).containsExactly("family", "phone");
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(projects.project(project.id()).colour()).isEqualTo("#3366cc");
        assertThat(domainEvents()).containsExactly(new ProjectChanged(project.id(), ada), new TaskCreated(created.id(), ada));
    }

    @Test
    void a_title_that_is_empty_or_too_long_is_refused_with_a_message_for_the_field() {
        assertThatThrownBy(() -> tasks.create(TaskDraft.titled("   "))).isInstanceOfSatisfying(TaskValidationException.class,
                e -> assertThat(e.errors()).containsEntry("title", "Give the task a title."));
        assertThatThrownBy(() -> tasks.create(TaskDraft.titled("x".repeat(TaskDraft.TITLE_MAX_LENGTH + 1)).withPriority(5)))
                .isInstanceOfSatisfying(TaskValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("title", "priority"));
        assertThat(tasks.create(TaskDraft.titled("x".repeat(TaskDraft.TITLE_MAX_LENGTH))).title()).hasSize(TaskDraft.TITLE_MAX_LENGTH);
    }

    @Test
    void an_update_from_a_stale_version_is_refused_with_the_current_state() {
        var task = tasks.create(TaskDraft.titled("Draft the letter"));
        var otherTab = task.toChange();

        var saved = tasks.update(task.id(), task.version(), task.toChange().withTitle("Draft the letter to the bank"));

        assertThatThrownBy(() -> tasks.update(task.id(), task.version(), otherTab.withNotes("my long notes")))
                .isInstanceOfSatisfying(TaskConflictException.class, conflict -> {
                    assertThat(conflict.current().title()).isEqualTo("Draft the letter to the bank");
                    assertThat(conflict.current().version()).isEqualTo(saved.version());
                    assertThat(conflict.current().notes()).isNull();
                });
        assertThat(saved.version()).isGreaterThan(task.version());
        assertThat(tasks.get(task.id()).notes()).isNull();
        assertThat(tasks.update(task.id(), saved.version(), saved.toChange().withNotes("my long notes")).notes()).isEqualTo("my long notes");
    }

    @Test
    void completing_a_parent_with_open_subtasks_asks_what_to_do_with_them() {
        var parent = tasks.create(TaskDraft.titled("Move house"));
        var child = tasks.create(TaskDraft.titled("Pack books").under(parent.id()));
        var grandchild = tasks.create(TaskDraft.titled("Buy boxes").under(child.id()));
        var done = tasks.create(TaskDraft.titled("Give notice").under(parent.id()));
        tasks.complete(done.id(), null);

        assertThatThrownBy(() -> tasks.complete(parent.id(), null)).isInstanceOfSatisfying(OpenSubtasksException.class,
                e -> assertThat(e.openSubtasks()).isEqualTo(2));
        assertThat(tasks.get(parent.id()).status()).isEqualTo(Status.TODO);

        var completion = tasks.complete(parent.id(), ChildrenOption.COMPLETE_CHILDREN);

        assertThat(completion.task().status()).isEqualTo(Status.DONE);
        assertThat(completion.task().completedAt()).isEqualTo(clock.instant());
        assertThat(completion.completedSubtasks()).containsExactlyInAnyOrder(child.id(), grandchild.id());
        assertThat(tasks.get(grandchild.id()).status()).isEqualTo(Status.DONE);
        assertThat(tasks.get(parent.id()).childrenDone()).isEqualTo(2);
        assertThat(domainEvents()).contains(new TaskCompleted(parent.id(), ada), new TaskCompleted(grandchild.id(), ada));
    }

    @Test
    void completing_a_parent_can_leave_its_subtasks_open_and_reopening_makes_it_open_again() {
        var parent = tasks.create(TaskDraft.titled("Plan trip"));
        var child = tasks.create(TaskDraft.titled("Book train").under(parent.id()));

        var completion = tasks.complete(parent.id(), ChildrenOption.LEAVE_CHILDREN_OPEN);

        assertThat(completion.completedSubtasks()).isEmpty();
        assertThat(tasks.get(child.id()).status()).isEqualTo(Status.TODO);
        var reopened = tasks.reopen(parent.id());
        assertThat(reopened.status()).isEqualTo(Status.TODO);
        assertThat(reopened.completedAt()).isNull();
    }

    @Test
    void a_dependency_that_closes_a_circle_is_refused_with_the_circle_named() {
        var write = tasks.create(TaskDraft.titled("Write report"));
        var figures = tasks.create(TaskDraft.titled("Get figures"));
        var approve = tasks.create(TaskDraft.titled("Approve budget"));
        dependencies.addDependency(write.id(), figures.id());
        dependencies.addDependency(figures.id(), approve.id());

        assertThatThrownBy(() -> dependencies.addDependency(approve.id(), write.id()))
                .isInstanceOf(DependencyCycleException.class)
                .hasMessage("This would make tasks wait for each other in a circle: 'Approve budget' → 'Write report' → 'Get figures' → 'Approve budget'");
        assertThatThrownBy(() -> dependencies.addDependency(write.id(), write.id()))
                .hasMessageEndingWith("'Write report' → 'Write report'");
        assertThat(tasks.get(approve.id()).blockedBy()).isEmpty();
        assertThat(tasks.get(write.id()).blockedBy()).extracting(TaskRef::title).containsExactly("Get figures");
        assertThat(tasks.get(figures.id()).blocking()).extracting(TaskRef::title).containsExactly("Write report");
    }

    @Test
    void dependencies_can_cross_projects_and_a_task_waits_until_its_blockers_are_done() {
        var work = projects.createProject(ProjectDraft.named("Work"));
        var home = projects.createProject(ProjectDraft.named("Home"));
        var blocker = tasks.create(TaskDraft.titled("Get the car back").inProject(home.id()));
        var waiting = tasks.create(TaskDraft.titled("Visit client").inProject(work.id()));
        var free = tasks.create(TaskDraft.titled("Answer mail"));

        dependencies.addDependency(waiting.id(), blocker.id());

        assertThat(tasks.get(waiting.id()).waiting()).isTrue();
        assertThat(taskLists.ready(PAGE).getContent()).extracting(TaskView::title).containsExactlyInAnyOrder("Get the car back", "Answer mail");
        tasks.complete(blocker.id(), null);
        assertThat(taskLists.ready(PAGE).getContent()).extracting(TaskView::title).containsExactlyInAnyOrder("Visit client", "Answer mail");
        dependencies.removeDependency(waiting.id(), blocker.id());
        assertThat(tasks.get(waiting.id()).blockedBy()).isEmpty();
        assertThat(tasks.get(free.id()).waiting()).as("a task without blockers never waits").isFalse();
    }

    @Test
    void a_blocker_in_the_trash_no_longer_blocks_until_it_is_restored() {
        var blocker = tasks.create(TaskDraft.titled("Old idea"));
        var waiting = tasks.create(TaskDraft.titled("Follow-up"));
        dependencies.addDependency(waiting.id(), blocker.id());

        trash.trash(blocker.id());

        assertThat(tasks.get(waiting.id()).waiting()).isFalse();
        assertThat(taskLists.ready(PAGE).getContent()).extracting(TaskView::title).containsExactly("Follow-up");
        trash.restore(blocker.id());
        assertThat(taskLists.ready(PAGE).getContent()).extracting(TaskView::title).containsExactly("Old idea");
        assertThat(taskLists.inbox(PAGE).getContent()).extracting(TaskView::title, TaskView::waiting)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Old idea", false), org.assertj.core.groups.Tuple.tuple("Follow-up", true));
    }

    @Test
    void a_task_blocked_by_hand_is_not_ready() {
        tasks.create(TaskDraft.titled("Waiting for a reply").withStatus(Status.BLOCKED));

        assertThat(taskLists.ready(PAGE).getContent()).isEmpty();
    }

    @Test
    void moving_up_and_down_swaps_places_with_the_neighbour_in_the_same_list() {
        var a = tasks.create(TaskDraft.titled("A"));
        var b = tasks.create(TaskDraft.titled("B"));
        var c = tasks.create(TaskDraft.titled("C"));
        var elsewhere = projects.createProject(ProjectDraft.named("Elsewhere"));
        tasks.create(TaskDraft.titled("Not in the inbox").inProject(elsewhere.id()));

        assertThat(moves.reorder(c.id(), Direction.UP)).isTrue();
        assertThat(inboxTitles()).containsExactly("A", "C", "B");
        assertThat(moves.reorder(a.id(), Direction.UP)).isFalse();
        assertThat(moves.reorder(a.id(), Direction.DOWN)).isTrue();
        assertThat(inboxTitles()).containsExactly("C", "A", "B");
        assertThat(moves.reorder(b.id(), Direction.DOWN)).isFalse();
    }

    @Test
    void moving_a_task_to_a_project_takes_its_subtasks_along_and_builds_the_tree() {
        var project = projects.createProject(ProjectDraft.named("Garden"));
        var parent = tasks.create(TaskDraft.titled("Build shed"));
        var child = tasks.create(TaskDraft.titled("Buy wood").under(parent.id()));
        var grandchild = tasks.create(TaskDraft.titled("Measure").under(child.id()));
        var second = tasks.create(TaskDraft.titled("Paint").under(parent.id()));

        moves.moveToProject(parent.id(), project.id());

        assertThat(tasks.get(grandchild.id()).projectId()).isEqualTo(project.id());
        assertThat(inboxTitles()).isEmpty();
        var tree = taskLists.projectTree(project.id(), false);
        assertThat(tree).singleElement().satisfies(root -> {
            assertThat(root.task().title()).isEqualTo("Build shed");
            assertThat(root.task().childrenTotal()).isEqualTo(2);
            assertThat(root.children()).extracting(n -> n.task().title()).containsExactly("Buy wood", "Paint");
            assertThat(root.children().getFirst().children()).extracting(n -> n.task().title()).containsExactly("Measure");
        });
        assertThat(projects.project(project.id()).openTasks()).isEqualTo(4);
        assertThat(tasks.get(second.id()).projectId()).isEqualTo(project.id());
    }

    @Test
    void a_task_cannot_become_a_subtask_of_its_own_subtask() {
        var parent = tasks.create(TaskDraft.titled("Parent"));
        var child = tasks.create(TaskDraft.titled("Child").under(parent.id()));

        assertThatThrownBy(() -> moves.moveUnder(parent.id(), child.id())).isInstanceOf(TaskValidationException.class);
        assertThatThrownBy(() -> moves.moveUnder(parent.id(), parent.id())).isInstanceOf(TaskValidationException.class);
        assertThat(moves.moveUnder(child.id(), null).parentId()).isNull();
        assertThat(moves.moveUnder(parent.id(), child.id()).parentId()).isEqualTo(child.id());
    }

    @Test
    void trash_takes_subtasks_along_restore_brings_them_back_and_purge_removes_them() {
        var parent = tasks.create(TaskDraft.titled("Old plan"));
        var child = tasks.create(TaskDraft.titled("Old step").under(parent.id()));

        var trashed = trash.trash(parent.id());

        assertThat(trashed).containsExactly(parent.id(), child.id());
        assertThat(inboxTitles()).isEmpty();
        assertThat(trash.trash(PAGE).getContent()).extracting(TaskView::title).containsExactly("Old plan");
        assertThat(tasks.get(child.id()).deletedAt()).isEqualTo(clock.instant());

        trash.restore(parent.id());
        assertThat(inboxTitles()).containsExactly("Old plan");
        assertThat(tasks.get(child.id()).deletedAt()).isNull();

        assertThatThrownBy(() -> trash.purge(parent.id())).isInstanceOf(TaskValidationException.class);
        trash.trash(parent.id());
        trash.purge(parent.id());
        assertThatThrownBy(() -> tasks.get(child.id())).isInstanceOf(TaskNotFoundException.class);
        assertThat(trash.trash(PAGE).getContent()).isEmpty();
    }

    @Test
    void restoring_a_subtask_brings_back_its_trashed_parent() {
        var parent = tasks.create(TaskDraft.titled("Parent"));
        var child = tasks.create(TaskDraft.titled("Child").under(parent.id()));
        trash.trash(parent.id());

        trash.restore(child.id());

        assertThat(tasks.get(parent.id()).deletedAt()).isNull();
    }

    @Test
    void search_combines_every_filter() {
        var project = projects.createProject(ProjectDraft.named("Work"));
        tasks.create(TaskDraft.titled("Write the quarterly report").inProject(project.id()).withEnergy(Energy.HIGH)
                .withFocus(FocusType.TECHNICAL).withPriority(1).withTags("writing").withDeadlines(LocalDate.of(2026, 12, 4), null));
        tasks.create(TaskDraft.titled("Write a birthday card").withEnergy(Energy.LOW).withFocus(FocusType.SOCIAL).withTags("writing"));
        tasks.create(TaskDraft.titled("Report 100% done_ok").withPriority(2));
        var tag = projects.tags().getFirst();

        assertThat(search(TaskSearch.text("WRITE report"))).containsExactly("Write the quarterly report");
        assertThat(search(TaskSearch.text("write").withEnergies(Set.of(Energy.LOW)))).containsExactly("Write a birthday card");
        assertThat(search(TaskSearch.text(null).withFocuses(Set.of(FocusType.TECHNICAL)))).containsExactly("Write the quarterly report");
        assertThat(search(TaskSearch.text(null).withPriorities(Set.of(1, 2)))).containsExactly("Write the quarterly report", "Report 100% done_ok");
        assertThat(search(TaskSearch.text(null).inProject(project.id()))).containsExactly("Write the quarterly report");
        assertThat(search(TaskSearch.text(null).taggedWith(tag.id()))).hasSize(2);
        assertThat(search(TaskSearch.text(null).due(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7)))).containsExactly("Write the quarterly report");
        assertThat(search(TaskSearch.text("100%"))).containsExactly("Report 100% done_ok");
        assertThat(search(TaskSearch.text("0% d"))).containsExactly("Report 100% done_ok");
        assertThat(search(TaskSearch.text("%"))).containsExactly("Report 100% done_ok");
        assertThat(search(TaskSearch.text("_"))).containsExactly("Report 100% done_ok");
        assertThat(taskLists.tagged(tag.id(), PAGE).getContent()).hasSize(2);
    }

    @Test
    void search_finds_done_tasks_only_when_asked_to() {
        var done = tasks.create(TaskDraft.titled("Filed taxes"));
        tasks.complete(done.id(), null);

        assertThat(search(TaskSearch.text("taxes"))).isEmpty();
        assertThat(search(TaskSearch.text("taxes").withStatuses(EnumSet.of(Status.DONE)))).containsExactly("Filed taxes");
    }

    @Test
    void long_lists_come_in_slices() {
        for (int k = 0; k < 5; k++) {
            tasks.create(TaskDraft.titled("Task " + k));
        }

        var first = taskLists.inbox(PageRequest.of(0, 2));
        var last = taskLists.inbox(PageRequest.of(2, 2));

        assertThat(first.getContent()).extracting(TaskView::title).containsExactly("Task 0", "Task 1");
        assertThat(first.hasNext()).isTrue();
        assertThat(last.getContent()).extracting(TaskView::title).containsExactly("Task 4");
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void projects_group_into_areas_and_archived_ones_leave_the_overview() {
        var work = projects.createArea("Work");
        var home = projects.createArea("Home");
        var launch = projects.createProject(new ProjectDraft("Launch", "#ff0000", work.id()));
        projects.createProject(new ProjectDraft("Kitchen", null, home.id()));
        projects.createProject(ProjectDraft.named("Loose ends"));

        projects.archive(launch.id(), true);

        assertThat(projects.overview()).extracting(o -> o.area() == null ? null : o.area().name(), o -> o.projects().stream().map(ProjectView::name).toList())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Work", List.of()), org.assertj.core.groups.Tuple.tuple("Home", List.of("Kitchen")),
                        org.assertj.core.groups.Tuple.tuple(null, List.of("Loose ends")));
        assertThat(projects.projects(true)).hasSize(3);
        assertThatThrownBy(() -> projects.createProject(new ProjectDraft("Bad", "red", null))).isInstanceOfSatisfying(TaskValidationException.class,
                e -> assertThat(e.errors()).containsKey("colour"));
        projects.deleteArea(work.id());
        assertThat(projects.project(launch.id()).areaId()).isNull();
    }

    private List<Object> domainEvents() {
        return events.stream().filter(e -> e instanceof org.springframework.context.PayloadApplicationEvent<?>)
                .map(e -> (Object) ((org.springframework.context.PayloadApplicationEvent<?>) e).getPayload())
                .filter(p -> p.getClass().getPackageName().equals("app.helmsman.tasks")).toList();
    }

    private List<String> inboxTitles() {
        return new ArrayList<>(taskLists.inbox(PAGE).getContent().stream().map(TaskView::title).toList());
    }

    private List<String> search(TaskSearch search) {
        return taskLists.search(search, PAGE).getContent().stream().map(TaskView::title).toList();
    }
}
