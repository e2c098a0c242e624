package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Shared projects on the real database: Ada created "Launch" and shares it with Ed (editor) and Vic
 * (viewer); Nia is not a member. Every write is refused to Vic with {@link NotAllowedException}, every
 * call to Nia exactly like an unknown id, and what is stored does not change.
 */
@IntegrationTest
class SharingIT {

    @Autowired
    Fixtures fixtures;
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
    ProjectMembersService members;
    @Autowired
    ProjectInvitationService invitations;

    static SharingIT self;
    UUID ada;
    UUID ed;
    UUID vic;
    UUID nia;
    UUID launch;
    UUID plan;
    UUID trashed;
    UUID niaTask;

    @BeforeEach
    void adaSharesLaunch() {
        self = this;
        fixtures.resetDatabase();
        ada = fixtures.user("ada@example.com");
        ed = fixtures.user("ed@example.com");
        vic = fixtures.user("vic@example.com");
        nia = fixtures.user("nia@example.com");
        fixtures.signIn("nia@example.com");
        niaTask = tasks.create(TaskDraft.titled("Nia's task")).id();
        fixtures.signIn("ada@example.com");
        launch = projects.createProject(ProjectDraft.named("Launch")).id();
        plan = tasks.create(TaskDraft.titled("Write the plan").inProject(launch)).id();
        trashed = tasks.create(TaskDraft.titled("Old idea").inProject(launch)).id();
        trash.trash(trashed);
        fixtures.share(launch, "ED@example.com ", ProjectRole.EDITOR);
        fixtures.share(launch, "vic@example.com", ProjectRole.VIEWER);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    interface Call {
        void on(SharingIT s);
    }

    static Named<Call> call(String name, Call call) {
        return Named.of(name, call);
    }

    /** Every service method that changes the shared project or its tasks. */
    static Stream<Named<Call>> writes() {
        var noChange = new TaskChange("Hacked", null, Status.TODO, null, null, null, null, 4, null, null, null, null, List.of(), null, null);
        return Stream.of(
                call("update a task", s -> s.tasks.update(s.plan, 0, noChange)),
                call("complete a task", s -> s.tasks.complete(s.plan, ChildrenOption.COMPLETE_CHILDREN)),
                call("reopen a task", s -> s.tasks.reopen(s.plan)),
                call("trash a task", s -> s.trash.trash(s.plan)),
                call("restore a task", s -> s.trash.restore(s.trashed)),
                call("purge a task", s -> s.trash.purge(s.trashed)),
                call("reorder a task", s -> s.moves.reorder(s.plan, Direction.UP)),
                call("add a dependency", s -> s.dependencies.addDependency(s.plan, s.trashed)),
                call("remove a dependency", s -> s.dependencies.removeDependency(s.plan, s.trashed)),
                call("move a task out", s -> s.moves.moveToProject(s.plan, null)),
                call("move a task under another", s -> s.moves.moveUnder(s.plan, s.trashed)),
                call("create a task in it", s -> s.tasks.create(TaskDraft.titled("Sneaky").inProject(s.launch))),
                call("create a subtask", s -> s.tasks.create(TaskDraft.titled("Sneaky").under(s.plan))),
                call("assign a task", s -> s.members.assign(s.plan, s.ada)),
                call("rename the project", s -> s.projects.updateProject(s.launch, ProjectDraft.named("Hacked"))),
                call("archive the project", s -> s.projects.archive(s.launch, true)),
                call("invite someone", s -> s.invitations.invite(s.launch, "nia@example.com", ProjectRole.EDITOR)),
                call("change a role", s -> s.members.changeRole(s.launch, s.ed, ProjectRole.OWNER)),
                call("remove a member", s -> s.members.remove(s.launch, s.ed)));
    }

    /**
     * Every service method that only reads the shared project or its tasks, each with what a member sees
     * (someone refused never gets past the call to the check).
     */
    static Stream<Named<Call>> reads() {
        return Stream.of(
                call("read a task", s -> assertThat(s.tasks.get(s.plan).title()).isEqualTo("Write the plan")),
                call("read the project", s -> assertThat(s.projects.project(s.launch).name()).isEqualTo("Launch")),
                call("list the project's tree", s -> assertThat(s.taskLists.projectTree(s.launch, true))
                        .extracting(node -> node.task().title()).contains("Write the plan")),
                call("search in the project", s -> assertThat(s.taskLists.search(TaskSearch.text("plan").inProject(s.launch), PageRequest.of(0, 10))
                        .getContent()).extracting(TaskView::title).containsExactly("Write the plan")),
                call("list the members", s -> assertThat(s.members.members(s.launch)).extracting(ProjectMember::email)
                        .containsExactly("ada@example.com", "ed@example.com", "vic@example.com")),
                call("ask for one's role", s -> assertThat(s.members.myRole(s.launch)).isIn(ProjectRole.EDITOR, ProjectRole.VIEWER)),
                call("list who can be assigned", s -> assertThat(s.members.assignable(s.plan)).extracting(ProjectMember::email)
                        .containsExactlyInAnyOrder("ada@example.com", "ed@example.com", "vic@example.com")),
                call("leave the project", s -> {
                    s.members.leave(s.launch);
                    assertThatThrownBy(() -> s.projects.project(s.launch)).isInstanceOf(ProjectNotFoundException.class);
                }));
    }

    static Stream<Named<Call>> everything() {
        return Stream.concat(writes(), reads());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everything")
    void a_non_member_is_refused_every_call_exactly_like_an_unknown_id(Call call) {
        var before = whatAdaSees();
        fixtures.signIn("nia@example.com");

        var refused = catchThrowable(() -> call.on(this));

        assertThat(refused).isInstanceOf(NotFoundException.class);
        var unknown = catchThrowable(() -> {
            var real = this.plan;
            var realProject = this.launch;
            this.plan = UUID.randomUUID();
            this.launch = UUID.randomUUID();
            try {
                call.on(this);
            } finally {
                this.plan = real;
                this.launch = realProject;
            }
        });
        assertThat(refused).isExactlyInstanceOf(unknown.getClass()).hasMessage(unknown.getMessage());
        assertThat(whatAdaSees()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void a_viewer_is_refused_every_write_with_a_plain_reason_and_nothing_changes(Call call) {
        var before = whatAdaSees();
        fixtures.signIn("vic@example.com");

        assertThatThrownBy(() -> call.on(this)).isInstanceOf(NotAllowedException.class)
                .message().isIn("You can view this project but not change it.", "Only the project's owners can do that.");
        assertThat(whatAdaSees()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void a_viewer_can_read_the_project_and_its_tasks(Call call) {
        fixtures.signIn("vic@example.com");

        call.on(this); // each read asserts what the viewer sees
    }

    @Test
    void an_editor_changes_tasks_but_not_the_project_or_its_members() {
        fixtures.signIn("ed@example.com");
        tasks.complete(plan, null);
        var added = tasks.create(TaskDraft.titled("Book the venue").inProject(launch));

        assertThatThrownBy(() -> projects.updateProject(launch, ProjectDraft.named("Mine"))).isInstanceOf(NotAllowedException.class)
                .hasMessage("Only the project's owners can do that.");
        assertThatThrownBy(() -> members.remove(launch, vic)).isInstanceOf(NotAllowedException.class);
        fixtures.signIn("ada@example.com");
        assertThat(tasks.get(plan).status()).isEqualTo(Status.DONE);
        assertThat(tasks.get(added.id()).title()).isEqualTo("Book the venue");
        assertThat(projects.project(launch).name()).isEqualTo("Launch");
        assertThat(taskLists.inbox(PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void members_see_the_shared_project_in_their_lists_and_search() {
        fixtures.signIn("vic@example.com");

        assertThat(projects.projects(false)).extracting(ProjectView::name).containsExactly("Launch");
        assertThat(projects.overview()).flatExtracting(AreaOverview::projects).extracting(ProjectView::name).containsExactly("Launch");
        assertThat(taskLists.search(TaskSearch.text("plan"), PageRequest.of(0, 10)).getContent()).extracting(TaskView::title)
                .containsExactly("Write the plan");
        assertThat(members.members(launch)).extracting(ProjectMember::email, ProjectMember::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ada@example.com", ProjectRole.OWNER),
                        org.assertj.core.groups.Tuple.tuple("ed@example.com", ProjectRole.EDITOR),
                        org.assertj.core.groups.Tuple.tuple("vic@example.com", ProjectRole.VIEWER));
    }

    @Test
    void a_removed_member_loses_access_at_once_also_to_tasks_they_added() {
        fixtures.signIn("ed@example.com");
        var added = tasks.create(TaskDraft.titled("Ed's idea").inProject(launch)).id();
        fixtures.signIn("ada@example.com");

        members.remove(launch, ed);

        fixtures.signIn("ed@example.com");
        assertThatThrownBy(() -> tasks.get(added)).isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> projects.project(launch)).isInstanceOf(ProjectNotFoundException.class);
        assertThat(projects.projects(true)).isEmpty();
        assertThat(taskLists.search(TaskSearch.text("").withStatuses(EnumSet.allOf(Status.class)), PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(taskLists.today(PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void a_task_can_be_assigned_only_to_people_with_access_and_shows_in_their_assigned_list() {
        assertThatThrownBy(() -> members.assign(plan, nia)).isInstanceOfSatisfying(TaskValidationException.class,
                e -> assertThat(e.errors()).containsKey("assigneeId"));
        members.assign(plan, vic);

        fixtures.signIn("vic@example.com");
        var assigned = taskLists.search(TaskSearch.text("").assignedToMe(true), PageRequest.of(0, 10)).getContent();
        assertThat(assigned).extracting(TaskView::title).containsExactly("Write the plan");
        assertThat(assigned.getFirst().assigneeId()).isEqualTo(vic);

        fixtures.signIn("ada@example.com");
        members.remove(launch, vic);
        assertThat(taskLists.search(TaskSearch.text("plan"), PageRequest.of(0, 10)).getContent().getFirst().assigneeId()).isNull();
    }

    @Test
    void an_unknown_address_adds_nobody_and_says_so_calmly() {
        var invitation = invitations.invite(launch, "nobody@example.com", ProjectRole.EDITOR);

        assertThat(invitation.added()).isFalse();
        assertThat(invitation.message()).contains("Nobody was invited");
        assertThat(members.members(launch)).hasSize(3);
        assertThatThrownBy(() -> invitations.invite(launch, "not an address", ProjectRole.EDITOR)).isInstanceOf(TaskValidationException.class);
    }

    @Test
    void an_editor_cannot_take_a_shared_task_into_their_inbox_and_the_owner_keeps_it() {
        var before = whatAdaSees();
        fixtures.signIn("ed@example.com");

        assertThatThrownBy(() -> moves.moveToProject(plan, null)).isInstanceOf(NotAllowedException.class)
                .hasMessage(TaskMoveService.ONLY_THE_OWNER_TAKES_OUT);
        assertThat(taskLists.inbox(PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(whatAdaSees()).isEqualTo(before);
    }

    @Test
    void a_member_who_leaves_sees_the_project_no_more() {
        fixtures.signIn("vic@example.com");
        members.leave(launch);

        assertThatThrownBy(() -> projects.project(launch)).isInstanceOf(ProjectNotFoundException.class);
    }

    private List<Object> whatAdaSees() {
        var previous = fixtures.authentication();
        fixtures.signIn("ada@example.com");
        try {
            return List.of(tasks.get(plan), tasks.get(trashed), projects.project(launch), members.members(launch));
        } finally {
            if (previous != null) {
                fixtures.signIn(previous.getName());
            }
        }
    }
}
