package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.tasks.TaskNotFoundException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class TrashViewTest extends TaskViewTestSupport {

    @Test
    void shows_trashed_tasks_and_says_they_go_after_thirty_days() {
        create("Keep me");
        var old = create("Old idea");
        trash.trash(old);

        UI.getCurrent().navigate(TrashView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Trash");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("hm-muted")).getText()).contains("deleted for good after 30 days");
        assertThat(titles()).containsExactly("Old idea");
    }

    @Test
    void trash_buttons_are_named_by_their_visible_words_and_the_title_is_read_once() {
        var id = create("Old idea");
        trash.trash(id);
        UI.getCurrent().navigate(TrashView.class);

        var row = row("Old idea").getElement();
        var title = row.getChild(0);
        var buttons = row.getChild(2).getChildren().toList();
        assertThat(title.getProperty("innerHTML")).isEqualTo("Old idea");
        assertThat(buttons).extracting(b -> b.getProperty("innerHTML")).containsExactly("Restore", "Delete forever");
        assertThat(buttons).allSatisfy(b -> {
            assertThat(b.hasAttribute("aria-label")).as("named by its visible words").isFalse();
            assertThat(b.getAttribute("aria-describedby")).isEqualTo(title.getAttribute("id"));
            assertThat(b.getAttribute("tabindex")).as("the only row is current, so its buttons are in the tab order").isEqualTo("0");
        });
    }

    @Test
    void an_empty_trash_says_so() {
        UI.getCurrent().navigate(TrashView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withText("The trash is empty.")).isVisible()).isTrue();
    }

    @Test
    void restore_brings_a_task_back_by_button_or_r() {
        var first = create("First");
        var second = create("Second");
        trash.trash(first);
        trash.trash(second);
        UI.getCurrent().navigate(TrashView.class);

        click(row("First"), TaskRow.RESTORE);
        assertThat(tasks.get(first).deletedAt()).isNull();
        assertThat(titles()).containsExactly("Second");

        press(keys(), "r");
        assertThat(tasks.get(second).deletedAt()).isNull();
        assertThat(titles()).isEmpty();
    }

    @Test
    void delete_forever_asks_first_and_then_deletes_for_good() {
        var gone = create("Gone");
        trash.trash(gone);
        UI.getCurrent().navigate(TrashView.class);

        press(keys(), "Delete");
        var confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("cannot be undone");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(tasks.get(gone).deletedAt()).isNotNull();

        click(row("Gone"), TaskRow.DELETE_FOREVER);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThatThrownBy(() -> tasks.get(gone)).isInstanceOf(TaskNotFoundException.class);
        assertThat(titles()).isEmpty();
    }

    @Test
    void bulk_restore_of_selected_tasks() {
        var a = create("A");
        var b = create("B");
        trash.trash(a);
        trash.trash(b);
        UI.getCurrent().navigate(TrashView.class);
        press(keys(), "s");
        press(keys(), "j");
        press(keys(), "s");

        _click(list().bulkBar().restore());

        assertThat(tasks.get(a).deletedAt()).isNull();
        assertThat(tasks.get(b).deletedAt()).isNull();
    }

    @Test
    void another_persons_trash_is_never_shown() {
        fixtures.user("bob@example.com");
        fixtures.signIn("bob@example.com");
        trash.trash(create("Bob's old task"));
        fixtures.signIn("ada@example.com");

        UI.getCurrent().navigate(TrashView.class);

        assertThat(titles()).isEmpty();
    }
}
