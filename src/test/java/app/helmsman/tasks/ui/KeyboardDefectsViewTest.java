package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 17 without a browser: what the shortcuts help lists, and Enter on the palette's only match. */
class KeyboardDefectsViewTest extends KaribuTest {

    @BeforeEach
    void signedIn() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("");
    }

    @Test
    void help_lists_m_space_enter_and_r_with_what_they_do() {
        press(UI.getCurrent(), "?");

        var text = _get(ShortcutsDialog.class).getElement().getTextRecursively();
        assertThat(text).contains("mMove the task to a project", "Space or sSelect the task", "e or EnterEdit the task's details",
                "In the trash", "rRestore the task", "DeleteDelete the task forever");
    }

    @Test
    void enter_with_the_words_of_one_command_typed_runs_that_command() {
        pressCtrl(UI.getCurrent(), "k");
        var palette = _get(CommandPalette.class);

        // the browser sends what was typed when Enter is pressed and no item is highlighted
        ComponentUtil.fireEvent(palette.box(), new ComboBoxBase.CustomValueSetEvent<>(palette.box(), true, "go to are"));

        assertThat(palette.isOpened()).isFalse();
        assertThat(_get(H1.class).getText()).isEqualTo("Areas");
    }

    @Test
    void enter_with_words_no_command_has_keeps_the_palette_open_and_says_so() {
        pressCtrl(UI.getCurrent(), "k");
        var palette = _get(CommandPalette.class);

        ComponentUtil.fireEvent(palette.box(), new ComboBoxBase.CustomValueSetEvent<>(palette.box(), true, "fly to the moon"));

        assertThat(palette.isOpened()).isTrue();
        assertThat(app.helmsman.shared.ui.Announcer.lastMessage(UI.getCurrent())).contains("No command matches");
    }
}
