package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Another person's ids behave exactly like ids that do not exist: same exception, same message, nothing
 * changed. Ada owns the data; Bob is signed in and tries every service method on it.
 */
@IntegrationTest
class TaskAccessIT {

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

    static UUID adaTask;
    static UUID adaDone;
    static UUID adaTrashed;
    static UUID adaProject;
    static UUID adaArea;
    static UUID adaTag;
    static UUID bobTask;
    static UUID bobProject;

    @BeforeEach
    void adaHasDataAndBobIsSignedIn() {
        fixtures.resetDatabase();
        fixtures.user("ada@example.com");
        fixtures.user("bob@example.com");
        fixtures.signIn("ada@example.com");
        adaArea = projects.createArea("Work").id();
        adaProject = projects.createProject(new ProjectDraft("Secret launch", "#112233", adaArea)).id();
        adaTag = projects.createTag("secret").id();
        adaTask = tasks.create(TaskDraft.titled("Ada's plan").inProject(adaProject).withTags("secret")).id();
        adaDone = tasks.create(TaskDraft.titled("Ada's done task")).id();
        tasks.complete(adaDone, null);
        adaTrashed = tasks.create(TaskDraft.titled("Ada's trashed task")).id();
        trash.trash(adaTrashed);
        fixtures.signIn("bob@example.com");
        bobTask = tasks.create(TaskDraft.titled("Bob's task")).id();
        bobProject = projects.createProject(ProjectDraft.named("Bob's project")).id();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        clock.reset();
    }

    record Attempt(Class<? extends NotFoundException> error, Consumer<UUID> call) {
    }

    static Stream<Named<Attempt>> taskAttempts() {
        return Stream.of(
                attempt("read", TaskNotFoundException.class, (s, id) -> s.tasks.get(id)),
                attempt("update", TaskNotFoundException.class, (s, id) -> s.tasks.update(id, 0, new TaskChange("Hacked", null, null, null, null, null, null, null, null, null, null, null, List.of(), null, null))),
                attempt("complete", TaskNotFoundException.class, (s, id) -> s.tasks.complete(id, ChildrenOption.COMPLETE_CHILDREN)),
                attempt("reopen", TaskNotFoundException.class, (s, id) -> s.tasks.reopen(id)),
                attempt("trash", TaskNotFoundException.class, (s, id) -> s.trash.trash(id)),
                attempt("restore", TaskNotFoundException.class, (s, id) -> s.trash.restore(id)),
                attempt("purge", TaskNotFoundException.class, (s, id) -> s.trash.purge(id)),
                attempt("add a dependency to it", TaskNotFoundException.class, (s, id) -> s.dependencies.addDependency(id, bobTask)),
                attempt("make own task wait for it", TaskNotFoundException.class, (s, id) -> s.dependencies.addDependency(bobTask, id)),
                attempt("remove a dependency", TaskNotFoundException.class, (s, id) -> s.dependencies.removeDependency(bobTask, id)),
                attempt("move it to own project", TaskNotFoundException.class, (s, id) -> s.moves.moveToProject(id, bobProject)),
                attempt("move it under own task", TaskNotFoundException.class, (s, id) -> s.moves.moveUnder(id, bobTask)),
                attempt("move own task under it", TaskNotFoundException.class, (s, id) -> s.moves.moveUnder(bobTask, id)),
                attempt("reorder it", TaskNotFoundException.class, (s, id) -> s.moves.reorder(id, Direction.UP)),
                attempt("create a subtask of it", TaskNotFoundException.class, (s, id) -> s.tasks.create(TaskDraft.titled("Sneaky").under(id))));
    }

    static Stream<Named<Attempt>> projectAttempts() {
        return Stream.of(
                attempt("read", ProjectNotFoundException.class, (s, id) -> s.projects.project(id)),
                attempt("update", ProjectNotFoundException.class, (s, id) -> s.projects.updateProject(id, ProjectDraft.named("Hacked"))),
                attempt("archive", ProjectNotFoundException.class, (s, id) -> s.projects.archive(id, true)),
                attempt("list its tree", ProjectNotFoundException.class, (s, id) -> s.taskLists.projectTree(id, true)),
                attempt("move own task into it", ProjectNotFoundException.class, (s, id) -> s.moves.moveToProject(bobTask, id)),
                attempt("create a task in it", ProjectNotFoundException.class, (s, id) -> s.tasks.create(TaskDraft.titled("Sneaky").inProject(id))),
                attempt("search in it", ProjectNotFoundException.class, (s, id) -> s.taskLists.search(TaskSearch.text("plan").inProject(id), PageRequest.of(0, 10))));
    }

    static TaskAccessIT self;

    @BeforeEach
    void remember() {
        self = this;
    }

    interface Call {
        void on(TaskAccessIT services, UUID id);
    }

    static Named<Attempt> attempt(String name, Class<? extends NotFoundException> error, Call call) {
        return Named.of(name, new Attempt(error, id -> call.on(self, id)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taskAttempts")
    void another_persons_task_id_is_refused_exactly_like_an_unknown_id(Attempt attempt) {
        var before = adaTasksAsAdaSeesThem();
        var unknown = catchNotFound(attempt, UUID.randomUUID());

        for (var foreign : List.of(adaTask, adaDone, adaTrashed)) {
            var refused = catchNotFound(attempt, foreign);
            assertThat(refused).isExactlyInstanceOf(attempt.error());
            assertThat(refused).hasMessage(unknown.getMessage());
        }
        assertThat(adaTasksAsAdaSeesThem()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectAttempts")
    void another_persons_project_id_is_refused_exactly_like_an_unknown_id(Attempt attempt) {
        var unknown = catchNotFound(attempt, UUID.randomUUID());
        var refused = catchNotFound(attempt, adaProject);

        assertThat(refused).isExactlyInstanceOf(attempt.error()).hasMessage(unknown.getMessage());
        fixtures.signIn("ada@example.com");
        assertThat(projects.project(adaProject).name()).isEqualTo("Secret launch");
        assertThat(projects.project(adaProject).archived()).isFalse();
    }

    @Test
    void another_persons_area_and_tag_are_refused_exactly_like_unknown_ones() {
        assertThat(catchNotFound(() -> projects.renameArea(adaArea, "Hacked"))).isExactlyInstanceOf(AreaNotFoundException.class)
                .hasMessage(catchNotFound(() -> projects.renameArea(UUID.randomUUID(), "Hacked")).getMessage());
        assertThat(catchNotFound(() -> projects.deleteArea(adaArea))).isExactlyInstanceOf(AreaNotFoundException.class);
        assertThat(catchNotFound(() -> projects.createProject(new ProjectDraft("In her area", null, adaArea)))).isExactlyInstanceOf(AreaNotFoundException.class);
        assertThat(catchNotFound(() -> projects.renameTag(adaTag, "mine"))).isExactlyInstanceOf(TagNotFoundException.class)
                .hasMessage(catchNotFound(() -> projects.renameTag(UUID.randomUUID(), "mine")).getMessage());
        assertThat(catchNotFound(() -> projects.deleteTag(adaTag))).isExactlyInstanceOf(TagNotFoundException.class);
        assertThat(catchNotFound(() -> taskLists.tagged(adaTag, PageRequest.of(0, 10)))).isExactlyInstanceOf(TagNotFoundException.class);

        fixtures.signIn("ada@example.com");
        assertThat(projects.areas()).extracting(AreaView::name).containsExactly("Work");
        assertThat(projects.tags()).extracting(TagView::name).containsExactly("secret");
    }

    @Test
    void lists_show_only_the_signed_in_persons_tasks() {
        var page = PageRequest.of(0, 50);

        assertThat(taskLists.inbox(page).getContent()).extracting(TaskView::title).containsExactly("Bob's task");
        assertThat(taskLists.search(TaskSearch.text("task").withStatuses(java.util.EnumSet.allOf(Status.class)), page).getContent())
                .extracting(TaskView::title).containsExactly("Bob's task");
        assertThat(taskLists.ready(page).getContent()).extracting(TaskView::title).containsExactly("Bob's task");
        assertThat(trash.trash(page).getContent()).isEmpty();
        assertThat(projects.projects(true)).extracting(ProjectView::name).containsExactly("Bob's project");
        assertThat(projects.tags()).isEmpty();
        assertThat(projects.areas()).isEmpty();
    }

    @Test
    void a_tag_of_the_same_name_is_a_different_tag_for_each_person() {
        tasks.create(TaskDraft.titled("Bob's secret").withTags("Secret"));

        assertThat(projects.tags()).singleElement().satisfies(tag -> {
            assertThat(tag.id()).isNotEqualTo(adaTag);
            assertThat(tag.openTasks()).isEqualTo(1);
        });
    }

    @Test
    void nobody_signed_in_cannot_call_the_services_at_all() {
        fixtures.signOut();

        assertThatThrownBy(() -> tasks.get(adaTask)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> taskLists.today(PageRequest.of(0, 10))).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> projects.projects(true)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private List<TaskDetails> adaTasksAsAdaSeesThem() {
        var bob = fixtures.authentication();
        fixtures.signIn("ada@example.com");
        try {
            return List.of(tasks.get(adaTask), tasks.get(adaDone), tasks.get(adaTrashed));
        } finally {
            fixtures.signIn(bob.getName());
        }
    }

    private static NotFoundException catchNotFound(Attempt attempt, UUID id) {
        return catchNotFound(() -> attempt.call().accept(id));
    }

    private static NotFoundException catchNotFound(Runnable call) {
        try {
            call.run();
        } catch (NotFoundException e) {
            return e;
        }
        throw new AssertionError("expected a NotFoundException");
    }
}
