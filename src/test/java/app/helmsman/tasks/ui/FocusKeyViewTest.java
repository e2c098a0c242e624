package app.helmsman.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.tasks.TaskDraft;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** {@code f} in a list opens the focus view (the focus module's route) for the current task. */
class FocusKeyViewTest extends TaskViewTestSupport {

    @Test
    void f_on_a_row_opens_focus_for_that_task() {
        create(TaskDraft.titled("First").withDoDate(TODAY));
        var second = create(TaskDraft.titled("Second").withDoDate(TODAY));
        UI.getCurrent().navigate(TodayView.class);
        press(keys(), "j");

        press(keys(), "f");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo("focus?task=" + second);
    }

    @Test
    void the_shortcuts_list_names_f_and_the_focus_pages_p() {
        assertThat(ShortcutsDialog.LISTS).anySatisfy(s -> assertThat(s.keys()).isEqualTo("f"));
        assertThat(ShortcutsDialog.FOCUS).singleElement().satisfies(s -> assertThat(s.action()).isEqualTo("Pause or resume the focus timer"));
    }
}
