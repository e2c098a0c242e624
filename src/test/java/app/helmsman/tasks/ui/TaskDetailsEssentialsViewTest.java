package app.helmsman.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.DateFormats;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Task details shows the few fields that matter first, and subtasks are completed in place. */
class TaskDetailsEssentialsViewTest extends KaribuTest {

    @Autowired
    TaskService tasks;
    @Autowired
    TaskListService taskLists;

    TaskDetails task;
    TaskDetailsDialog dialog;

    @BeforeEach
    void openDetails() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("");
        task = tasks.create(TaskDraft.titled("Write report"));
        dialog = open(task.id());
    }

    @Test
    void only_title_when_energy_estimate_and_project_show_until_more_fields_is_opened() {
        for (Component essential : new Component[] {dialog.core.title, dialog.schedule.doDate, dialog.schedule.doTime, dialog.core.energy,
                dialog.schedule.estimate, dialog.links.project}) {
            assertThat(shown(essential)).as(essential.toString()).isTrue();
        }
        for (Component more : new Component[] {dialog.core.notes, dialog.core.status, dialog.schedule.softDeadline, dialog.repeat.mode,
                dialog.links.tags, dialog.subtasks.title}) {
            assertThat(shown(more)).as(more.toString()).isFalse();
        }
        assertThat(dialog.moreToggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(dialog.moreToggle.getElement().getAttribute("aria-controls")).isEqualTo(dialog.more.getId().orElseThrow());

        dialog.moreToggle.click();

        assertThat(shown(dialog.core.notes)).isTrue();
        assertThat(shown(dialog.subtasks.title)).isTrue();
        assertThat(dialog.moreToggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        dialog.moreToggle.click();

        assertThat(shown(dialog.core.notes)).isFalse();
        assertThat(dialog.moreToggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void a_refused_value_in_a_hidden_field_opens_more_fields_so_its_message_is_seen() {
        setValue(dialog.repeat.repeats, RepeatFields.Choice.CUSTOM);
        setValue(dialog.repeat.rule, "FREQ=SOMETIMES");

        assertThat(dialog.repeat.rule.isInvalid()).isTrue();
        assertThat(shown(dialog.repeat.rule)).isTrue();
        assertThat(dialog.moreToggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
    }

    @Test
    void a_subtask_is_completed_and_reopened_with_its_checkbox() {
        var outline = tasks.create(TaskDraft.titled("Outline").under(task.id()));
        tasks.create(TaskDraft.titled("Draft").under(task.id()));
        dialog.close();
        dialog = open(task.id());
        assertThat(dialog.subtasks.progress.getText()).isEqualTo("0 of 2 done");

        setValue(checkbox("Outline"), true);

        assertThat(tasks.get(outline.id()).status()).isEqualTo(Status.DONE);
        assertThat(dialog.subtasks.progress.getText()).isEqualTo("1 of 2 done");
        assertThat(checkbox("Outline").getValue()).isTrue();
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("Done: Outline");

        setValue(checkbox("Outline"), false);

        assertThat(tasks.get(outline.id()).status()).isEqualTo(Status.TODO);
        assertThat(dialog.subtasks.progress.getText()).isEqualTo("0 of 2 done");
    }

    @Test
    void the_pickers_read_and_write_dates_in_the_persons_locale() {
        assertThat(dialog.schedule.doDate.getLocale()).isEqualTo(UI.getCurrent().getLocale());
        assertThat(dialog.schedule.doDate.getI18n().getDateFormats().getFirst())
                .isEqualTo(DateFormats.pickerPattern(UI.getCurrent().getLocale()));
        assertThat(dialog.schedule.doTime.getLocale()).isEqualTo(UI.getCurrent().getLocale());
    }

    private Checkbox checkbox(String label) {
        return dialog.subtasks.list.getChildren().flatMap(Component::getChildren).map(Checkbox.class::cast)
                .filter(c -> c.getLabel().equals(label)).findFirst().orElseThrow();
    }

    /** Visible itself and through every parent, as a person would see it. */
    private static boolean shown(Component component) {
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible() || c.getElement().hasAttribute("hidden")) {
                return false;
            }
        }
        return true;
    }

    private TaskDetailsDialog open(UUID id) {
        var editor = (TaskDetailsEditor) context.getBean(TaskEditor.class);
        editor.open(id, () -> { });
        return editor.current();
    }
}
