package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Who owns a task after a move or an undo (finding 5 of issue 11): an undo snapshot is a request to move,
 * checked and handed over like any move, and only a task's owner may take it out of the owner's hands. Ada
 * created "Launch" and shares it with Ed (editor) and Vic (viewer).
 */
@IntegrationTest
class MoveOwnershipIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskMoveService moves;
    @Autowired
    TaskUndoService undo;
    @Autowired
    TaskTrashService trash;
    @Autowired
    TaskListService lists;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectMembersService members;

    UUID ed;
    UUID launch;

    @BeforeEach
    void adaSharesLaunch() {
        fixtures.resetDatabase();
        fixtures.user("ada@example.com");
        ed = fixtures.user("ed@example.com");
        fixtures.user("vic@example.com");
        fixtures.signIn("ada@example.com");
        launch = projects.createProject(ProjectDraft.named("Launch")).id();
        fixtures.share(launch, "ed@example.com", ProjectRole.EDITOR);
        fixtures.share(launch, "vic@example.com", ProjectRole.VIEWER);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void an_editor_who_adds_a_task_moves_it_to_her_inbox_and_undoes_leaves_it_with_the_project_owner() {
        fixtures.signIn("ed@example.com");
        var task = tasks.create(TaskDraft.titled("Book the venue").inProject(launch)).id();
        var before = undo.snapshot(List.of(task));

        assertThatThrownBy(() -> moves.moveToProject(task, null)).isInstanceOf(NotAllowedException.class)
                .hasMessage(TaskMoveService.ONLY_THE_OWNER_TAKES_OUT);
        undo.revert(before);
        fixtures.signIn("ada@example.com");
        members.remove(launch, ed);

        fixtures.signIn("ed@example.com");
        assertThatThrownBy(() -> tasks.complete(task, ChildrenOption.COMPLETE_CHILDREN)).isInstanceOf(TaskNotFoundException.class);
        assertThat(lists.inbox(PageRequest.of(0, 10)).getContent()).isEmpty();
        fixtures.signIn("ada@example.com");
        assertThat(tasks.get(task).projectId()).isEqualTo(launch);
        var current = tasks.get(task);
        assertThat(tasks.update(task, current.version(), current.toChange().withTitle("Book the hall")).title()).isEqualTo("Book the hall");
        assertThat(trash.trash(task)).contains(task);
    }

    @Test
    void an_undo_snapshot_that_puts_an_editors_own_task_into_the_project_hands_it_to_the_project_owner() {
        fixtures.signIn("ed@example.com");
        var task = tasks.create(TaskDraft.titled("Ed's idea")).id();
        var forged = new TaskSnapshot(task, Status.TODO, null, launch, null, 1);

        undo.revert(List.of(forged));
        fixtures.signIn("ada@example.com");
        members.remove(launch, ed);

        assertThat(tasks.get(task).projectId()).isEqualTo(launch);
        fixtures.signIn("ed@example.com");
        assertThatThrownBy(() -> tasks.complete(task, ChildrenOption.COMPLETE_CHILDREN)).isInstanceOf(TaskNotFoundException.class);
    }

    @Test
    void an_undo_snapshot_cannot_put_a_task_where_the_person_may_not_move_it() {
        fixtures.signIn("vic@example.com");
        var task = tasks.create(TaskDraft.titled("Vic's note")).id();
        fixtures.signIn("ada@example.com");
        var adas = tasks.create(TaskDraft.titled("Ada's private task")).id();

        fixtures.signIn("vic@example.com");
        assertThatThrownBy(() -> undo.revert(List.of(new TaskSnapshot(task, Status.TODO, null, launch, null, 1))))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> undo.revert(List.of(new TaskSnapshot(task, Status.TODO, null, null, adas, 1))))
                .isInstanceOf(TaskNotFoundException.class);
        assertThat(tasks.get(task).projectId()).isNull();
        assertThat(tasks.get(task).parentId()).isNull();
    }

    @Test
    void an_editor_cannot_take_a_project_task_out_by_making_it_a_subtask_of_her_own_task() {
        fixtures.signIn("ada@example.com");
        var plan = tasks.create(TaskDraft.titled("Write the plan").inProject(launch)).id();
        fixtures.signIn("ed@example.com");
        var mine = tasks.create(TaskDraft.titled("Ed's list")).id();

        assertThatThrownBy(() -> moves.moveUnder(plan, mine)).isInstanceOf(NotAllowedException.class);
        fixtures.signIn("ada@example.com");
        assertThat(tasks.get(plan).projectId()).isEqualTo(launch);
    }

    @Test
    void the_owner_moves_a_task_out_of_the_project_and_undo_puts_it_back_for_everyone() {
        var plan = tasks.create(TaskDraft.titled("Write the plan").inProject(launch)).id();
        var before = undo.snapshot(List.of(plan));
        moves.moveToProject(plan, null);
        fixtures.signIn("vic@example.com");
        assertThatThrownBy(() -> tasks.get(plan)).isInstanceOf(TaskNotFoundException.class);

        fixtures.signIn("ada@example.com");
        undo.revert(before);

        fixtures.signIn("vic@example.com");
        assertThat(tasks.get(plan).projectId()).isEqualTo(launch);
    }

    @Test
    void an_editor_moves_a_project_task_between_projects_of_the_same_owner() {
        var plan = tasks.create(TaskDraft.titled("Write the plan").inProject(launch)).id();
        var later = projects.createProject(ProjectDraft.named("Later")).id();
        fixtures.share(later, "ed@example.com", ProjectRole.EDITOR);

        fixtures.signIn("ed@example.com");
        moves.moveToProject(plan, later);

        fixtures.signIn("ada@example.com");
        assertThat(tasks.get(plan).projectId()).isEqualTo(later);
    }
}
