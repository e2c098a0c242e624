package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Undo;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.Status;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The Inbox, and through it every key of the task list. */
class InboxViewTest extends TaskViewTestSupport {

    @Test
    void shows_tasks_without_a_project_in_manual_order() {
        var home = projects.createProject(ProjectDraft.named("Home")).id();
        create("Buy milk");
        create("Fix bike", home, null);
        create("Book flights");

        UI.getCurrent().navigate(InboxView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Inbox");
        assertThat(titles()).containsExactly("Buy milk", "Book flights");
    }

    @Test
    void j_and_k_move_between_rows_and_stop_at_the_ends() {
        create("A");
        create("B");
        create("C");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(currentTitle()).isEqualTo("A");

        press(keys(), "j");
        press(keys(), "j");
        press(keys(), "j");
        assertThat(currentTitle()).isEqualTo("C");
        assertThat(row("C").getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(row("A").getElement().getAttribute("tabindex")).isEqualTo("-1");

        press(keys(), "k");
        assertThat(currentTitle()).isEqualTo("B");
    }

    @Test
    void x_completes_the_current_task_and_ctrl_z_restores_it_exactly() {
        create("A");
        var b = create("B");
        var before = tasks.get(b);
        UI.getCurrent().navigate(InboxView.class);
        press(keys(), "j");

        press(keys(), "x");

        assertThat(tasks.get(b).status()).isEqualTo(Status.DONE);
        assertThat(titles()).containsExactly("A");
        assertThat(announced()).isEqualTo("Completed 'B'. Press Control Z to undo.");

        pressCtrl(UI.getCurrent(), "z");

        var after = tasks.get(b);
        assertThat(after.status()).isEqualTo(Status.TODO);
        assertThat(after.completedAt()).isNull();
        assertThat(after.position()).isEqualTo(before.position());
        assertThat(titles()).containsExactly("A", "B");
        assertThat(currentTitle()).isEqualTo("B");
    }

    @Test
    void x_on_a_parent_with_open_subtasks_asks_and_can_complete_them_too() {
        var parent = create("Move house");
        var pack = create("Pack books", null, parent);
        var keys = create("Return keys", null, parent);
        UI.getCurrent().navigate(InboxView.class);

        press(keys(), "x");

        assertThat(tasks.get(parent).status()).isEqualTo(Status.TODO);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("'Move house' has 2 open subtasks.")))
                .isNotNull();
        _click(_get(Button.class, spec -> spec.withText("Complete them too")));

        assertThat(tasks.get(parent).status()).isEqualTo(Status.DONE);
        assertThat(tasks.get(pack).status()).isEqualTo(Status.DONE);
        assertThat(tasks.get(keys).status()).isEqualTo(Status.DONE);

        _click(_get(Button.class, spec -> spec.withText("Undo")));

        assertThat(tasks.get(parent).status()).isEqualTo(Status.TODO);
        assertThat(tasks.get(pack).status()).isEqualTo(Status.TODO);
        assertThat(tasks.get(keys).completedAt()).isNull();
    }

    @Test
    void x_on_a_parent_can_leave_its_subtasks_open_or_be_cancelled() {
        var parent = create("Move house");
        var pack = create("Pack books", null, parent);
        UI.getCurrent().navigate(InboxView.class);

        press(keys(), "x");
        _click(_get(Button.class, spec -> spec.withText("Cancel")));
        assertThat(tasks.get(parent).status()).isEqualTo(Status.TODO);
        assertThat(titles()).containsExactly("Move house");

        press(keys(), "x");
        _click(_get(Button.class, spec -> spec.withText("Leave them open")));
        assertThat(tasks.get(parent).status()).isEqualTo(Status.DONE);
        assertThat(tasks.get(pack).status()).isEqualTo(Status.TODO);
    }

    @Test
    void e_and_enter_open_the_details_and_closing_them_returns_to_the_row() {
        create("A");
        var b = create("B");
        UI.getCurrent().navigate(InboxView.class);
        press(keys(), "j");

        press(keys(), "e");

        var closed = ArgumentCaptor.forClass(Runnable.class);
        verify(editor).open(eq(b), closed.capture());
        press(keys(), "Enter");
        verify(editor, times(1)).open(any(), any());
        press(keys(), "k");
        closed.getValue().run();
        assertThat(currentTitle()).isEqualTo("B");

        press(keys(), "Enter");
        verify(editor, times(2)).open(eq(b), any());
    }

    @Test
    void delete_moves_the_task_to_the_trash_and_undo_restores_it_in_place() {
        create("A");
        var b = create("B");
        create("C");
        UI.getCurrent().navigate(InboxView.class);
        press(keys(), "j");

        press(keys(), "Delete");

        assertThat(tasks.get(b).deletedAt()).isNotNull();
        assertThat(titles()).containsExactly("A", "C");
        assertThat(currentTitle()).isEqualTo("C");

        _click(Undo.current(UI.getCurrent()).button());

        assertThat(tasks.get(b).deletedAt()).isNull();
        assertThat(titles()).containsExactly("A", "B", "C");
    }

    @Test
    void alt_arrows_reorder_the_current_task_and_keep_it_current() {
        var a = create("A");
        var b = create("B");
        create("C");
        var positionOfA = tasks.get(a).position();
        var positionOfB = tasks.get(b).position();
        UI.getCurrent().navigate(InboxView.class);

        pressAlt(keys(), "ArrowDown");

        assertThat(titles()).containsExactly("B", "A", "C");
        assertThat(currentTitle()).isEqualTo("A");
        assertThat(tasks.get(a).position()).isEqualTo(positionOfB);
        assertThat(announced()).isEqualTo("Moved 'A' down.");

        pressAlt(keys(), "ArrowUp");
        pressAlt(keys(), "ArrowUp");

        assertThat(titles()).containsExactly("A", "B", "C");
        assertThat(tasks.get(a).position()).isEqualTo(positionOfA);
        assertThat(announced()).isEqualTo("Already at the top.");
    }

    @Test
    void s_and_space_select_rows_and_the_bulk_bar_completes_them_with_one_undo() {
        var a = create("A");
        create("B");
        var c = create("C");
        UI.getCurrent().navigate(InboxView.class);
        var bar = list().bulkBar();
        assertThat(bar.isVisible()).isFalse();

        press(keys(), "s");
        press(keys(), "j");
        press(keys(), "j");
        press(keys(), " ");

        assertThat(bar.isVisible()).isTrue();
        assertThat(_get(bar, com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("hm-bulk-count")).getText())
                .isEqualTo("2 tasks selected");
        assertThat(chips("A")).contains("Selected");
        assertThat(announced()).isEqualTo("'C' selected. 2 tasks selected.");

        _click(bar.complete());

        assertThat(tasks.get(a).status()).isEqualTo(Status.DONE);
        assertThat(tasks.get(c).status()).isEqualTo(Status.DONE);
        assertThat(titles()).containsExactly("B");
        assertThat(bar.isVisible()).isFalse();

        pressCtrl(UI.getCurrent(), "z");

        assertThat(tasks.get(a).status()).isEqualTo(Status.TODO);
        assertThat(tasks.get(c).status()).isEqualTo(Status.TODO);
        assertThat(titles()).containsExactly("A", "B", "C");
    }

    @Test
    void bulk_move_to_a_project_and_undo_puts_project_and_position_back() {
        var home = projects.createProject(ProjectDraft.named("Home")).id();
        var a = create("A");
        var b = create("B");
        var positionOfA = tasks.get(a).position();
        UI.getCurrent().navigate(InboxView.class);
        press(keys(), "s");
        press(keys(), "j");
        press(keys(), "s");

        _click(list().bulkBar().move());
        var dialog = _get(MoveDialog.class);
        setValue(dialog.project(), projects.projects(false).getFirst());
        _click(_get(dialog, Button.class, spec -> spec.withText("Move")));

        assertThat(tasks.get(a).projectId()).isEqualTo(home);
        assertThat(tasks.get(b).projectId()).isEqualTo(home);
        assertThat(titles()).isEmpty();
        assertThat(announced()).startsWith("Moved 2 tasks to Home");

        pressCtrl(UI.getCurrent(), "z");

        assertThat(tasks.get(a).projectId()).isNull();
        assertThat(tasks.get(a).position()).isEqualTo(positionOfA);
        assertThat(titles()).containsExactly("A", "B");
    }

    @Test
    void bulk_trash_and_undo_restores_every_task() {
        var a = create("A");
        var b = create("B");
        UI.getCurrent().navigate(InboxView.class);
        press(keys(), "s");
        press(keys(), "j");
        press(keys(), "s");

        _click(list().bulkBar().trash());

        assertThat(tasks.get(a).deletedAt()).isNotNull();
        assertThat(tasks.get(b).deletedAt()).isNotNull();
        assertThat(titles()).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Undo")));

        assertThat(tasks.get(a).deletedAt()).isNull();
        assertThat(tasks.get(b).deletedAt()).isNull();
        assertThat(titles()).containsExactly("A", "B");
    }

    @Test
    void bulk_complete_that_fails_halfway_completes_none_of_the_tasks() {
        var a = create("A");
        var b = create("B");
        UI.getCurrent().navigate(InboxView.class);
        press(keys(), "s");
        press(keys(), "j");
        press(keys(), "s");
        deleteForeverElsewhere(b);

        _click(list().bulkBar().complete());

        assertThat(tasks.get(a).status()).isEqualTo(Status.TODO);
        assertThat(announced()).contains("no longer there");
    }

    @Test
    void bulk_move_that_fails_halfway_moves_none_of_the_tasks() {
        projects.createProject(ProjectDraft.named("Home"));
        var a = create("A");
        var b = create("B");
        UI.getCurrent().navigate(InboxView.class);
        press(keys(), "s");
        press(keys(), "j");
        press(keys(), "s");
        deleteForeverElsewhere(b);

        _click(list().bulkBar().move());
        var dialog = _get(MoveDialog.class);
        setValue(dialog.project(), projects.projects(false).getFirst());
        _click(_get(dialog, Button.class, spec -> spec.withText("Move")));

        assertThat(tasks.get(a).projectId()).isNull();
        assertThat(announced()).contains("no longer there");
    }

    @Test
    void bulk_trash_that_fails_halfway_trashes_none_of_the_tasks() {
        var a = create("A");
        var b = create("B");
        UI.getCurrent().navigate(InboxView.class);
        press(keys(), "s");
        press(keys(), "j");
        press(keys(), "s");
        deleteForeverElsewhere(b);

        _click(list().bulkBar().trash());

        assertThat(tasks.get(a).deletedAt()).isNull();
        assertThat(announced()).contains("no longer there");
    }

    /** Another tab deletes the task for good while this list still shows it. */
    private void deleteForeverElsewhere(java.util.UUID id) {
        trash.trash(id);
        trash.purge(id);
    }

    @Test
    void ctrl_z_does_nothing_once_the_undo_notification_is_gone() {
        var a = create("A");
        UI.getCurrent().navigate(InboxView.class);
        press(keys(), "x");
        Undo.current(UI.getCurrent()).close();

        pressCtrl(UI.getCurrent(), "z");

        assertThat(tasks.get(a).status()).isEqualTo(Status.DONE);
        verify(editor, never()).open(any(), any());
    }

    @Test
    void keys_on_an_empty_list_only_say_that_it_is_empty() {
        UI.getCurrent().navigate(InboxView.class);

        press(keys(), "e");

        assertThat(announced()).isEqualTo("The list is empty.");
        verify(editor, never()).open(any(), any());
    }
}
