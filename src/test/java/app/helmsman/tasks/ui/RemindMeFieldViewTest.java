package app.helmsman.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Remind me at" field of task details (issue 15): in the person's own zone, saved at once. */
class RemindMeFieldViewTest extends KaribuTest {

    @Autowired
    TaskService tasks;

    @Test
    void a_remind_me_time_is_saved_in_the_persons_zone_and_shown_again() {
        var ada = fixtures.user("ada@example.com");
        fixtures.timeZone(ada, "Europe/Berlin");
        signIn("ada@example.com");
        UI.getCurrent().navigate("");
        var task = tasks.create(TaskDraft.titled("Call mom"));
        var editor = (TaskDetailsEditor) context.getBean(TaskEditor.class);
        editor.open(task.id(), () -> {
        });

        setValue(editor.current().schedule.remindAt, LocalDateTime.of(2026, 12, 10, 17, 0));

        assertThat(tasks.get(task.id()).remindAt()).isEqualTo(Instant.parse("2026-12-10T16:00:00Z"));
        editor.current().close();
        editor.open(task.id(), () -> {
        });
        assertThat(editor.current().schedule.remindAt.getValue()).isEqualTo(LocalDateTime.of(2026, 12, 10, 17, 0));
    }
}
