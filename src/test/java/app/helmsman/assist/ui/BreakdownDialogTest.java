package app.helmsman.assist.ui;

import static app.helmsman.assist.ui.AssistUiTesting.action;
import static app.helmsman.assist.ui.AssistUiTesting.announced;
import static app.helmsman.assist.ui.AssistUiTesting.await;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.KaribuTest;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskNotFoundException;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Break it down" on a task, offline: honest steps, editing, reordering, and subtasks saved only on request. */
class BreakdownDialogTest extends KaribuTest {

    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    final AtomicInteger changed = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();

    @BeforeEach
    void adaSignedIn() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("");
    }

    @Test
    void a_compound_title_is_split_edited_reordered_and_added_as_subtasks_in_order() {
        var task = tasks.create(TaskDraft.titled("Write and send the report")).id();
        var dialog = open(task);

        assertThat(stepValues(dialog)).containsExactly("Write the report", "Send the report");
        assertThat(dialog.origin.getText()).startsWith("From the offline helper");
        assertThat(subtasks(task)).as("nothing is saved before Add").isEmpty();

        setValue(dialog.steps.fields().get(1), "Send the report to Sam");
        _click(dialog.steps.add);
        setValue(dialog.steps.fields().get(2), "Open the report file");
        dialog.steps.move(2, -1);
        dialog.steps.move(1, -1);
        assertThat(stepValues(dialog)).containsExactly("Open the report file", "Write the report", "Send the report to Sam");
        _click(_get(dialog, Button.class, spec -> spec.withAttribute("aria-label", "Remove step 2")));
        assertThat(announced()).isEqualTo("Step removed: Write the report");
        assertThat(dialog.addSubtasks.getText()).isEqualTo("Add 2 subtasks");

        _click(dialog.addSubtasks);

        assertThat(subtasks(task)).containsExactly("Open the report file", "Send the report to Sam");
        assertThat(jdbc.queryForList("select distinct source from tasks where parent_id = ?", String.class, task)).containsExactly("AI");
        assertThat(announced()).isEqualTo("Added 2 subtasks");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(changed).hasValue(1);
        assertThat(closed).hasValue(1);
    }

    @Test
    void a_title_that_does_not_split_gets_guidance_and_no_invented_steps() {
        var task = tasks.create(TaskDraft.titled("Call the plumber")).id();
        var dialog = open(task);

        assertThat(dialog.guidance.isVisible()).isTrue();
        assertThat(dialog.guidance.getText()).startsWith("What is the very first physical thing you'd do?");
        assertThat(dialog.steps.fields()).hasSize(1);
        assertThat(dialog.steps.fields().getFirst().getLabel()).isEqualTo("Your first step");
        assertThat(dialog.steps.fields().getFirst().getValue()).isEmpty();
        assertThat(dialog.addSubtasks.isEnabled()).isFalse();

        setValue(dialog.steps.fields().getFirst(), "Find the plumber's number in my email");
        assertThat(dialog.addSubtasks.getText()).isEqualTo("Add 1 subtask");
        _click(dialog.addSubtasks);

        assertThat(subtasks(task)).containsExactly("Find the plumber's number in my email");
    }

    @Test
    void the_step_size_changes_what_is_proposed() {
        var task = tasks.create(TaskDraft.titled("Clean kitchen and bathroom")).id();
        var dialog = open(task);
        assertThat(stepValues(dialog)).containsExactly("Clean the kitchen", "Clean the bathroom");

        dialog.origin.setText("");
        setValue(dialog.granularity, 1);
        await(() -> !dialog.origin.getText().isEmpty());

        assertThat(dialog.granularity.getValue()).isEqualTo(1);
        assertThat(stepValues(dialog)).containsExactly("");
        assertThat(dialog.guidance.isVisible()).isTrue();
    }

    @Test
    void someone_elses_task_cannot_be_broken_down() {
        fixtures.user("bob@example.com");
        signIn("bob@example.com");
        var bobs = tasks.create(TaskDraft.titled("Write and send the report")).id();
        signIn("ada@example.com");

        assertThatThrownBy(() -> action(context, "Break it down").run(bobs, changed::incrementAndGet, closed::incrementAndGet))
                .isInstanceOf(TaskNotFoundException.class);
        assertThat(subtasks(bobs)).isEmpty();
    }

    private BreakdownDialog open(UUID task) {
        action(context, "Break it down").run(task, changed::incrementAndGet, closed::incrementAndGet);
        var dialog = _get(BreakdownDialog.class);
        await(() -> !dialog.origin.getText().isEmpty());
        return dialog;
    }

    private static java.util.List<String> stepValues(BreakdownDialog dialog) {
        return dialog.steps.fields().stream().map(f -> f.getValue()).toList();
    }

    private java.util.List<String> subtasks(UUID parent) {
        return jdbc.queryForList("select title from tasks where parent_id = ? order by position", String.class, parent);
    }
}
