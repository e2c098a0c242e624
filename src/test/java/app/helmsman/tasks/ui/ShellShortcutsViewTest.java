package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.Keys;
import app.helmsman.tasks.ProjectService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ShellShortcutsViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;

    @BeforeEach
    void signedIn() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("");
    }

    @Test
    void q_opens_quick_add_from_anywhere() {
        press(UI.getCurrent(), "q");

        assertThat(_get(QuickAddDialog.class).isOpened()).isTrue();
    }

    @Test
    void the_header_add_task_button_opens_quick_add_for_mouse_and_touch() {
        _get(Button.class, spec -> spec.withText("Add task").withClasses("hm-add-task")).click();

        assertThat(_get(QuickAddDialog.class).isOpened()).isTrue();
    }

    @Test
    void slash_goes_to_the_search_view() {
        press(UI.getCurrent(), "/");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("search");
        assertThat(_get(H1.class).getText()).isEqualTo("Search");
    }

    @Test
    void question_mark_lists_every_shortcut_including_the_list_ones() {
        press(UI.getCurrent(), "?");

        var help = _get(ShortcutsDialog.class);
        assertThat(help.isOpened()).isTrue();
        var text = help.getElement().getTextRecursively();
        for (var key : new String[] {"q", "/", "?", "Ctrl+K", "j", "k", "x", "e", "Delete", "Alt+Up", "Alt+Down", "s", "Ctrl+Z", "Escape"}) {
            assertThat(text).as(key).contains(key);
        }
        assertThat(text).contains("Move the task to the trash", "Undo the last action", "Select the task");
    }

    @Test
    void ctrl_k_opens_the_command_palette_and_announces_it() {
        pressCtrl(UI.getCurrent(), "k");

        var palette = _get(CommandPalette.class);
        assertThat(palette.isOpened()).isTrue();
        assertThat(Announcer.lastMessage(UI.getCurrent())).contains("Command palette");
        assertThat(palette.box().getListDataView().getItems().map(CommandPalette.Command::label))
                .contains("Create task", "Create project", "Go to Today", "Go to Areas", "Go to Settings", "Go to Search", "Show keyboard shortcuts");
    }

    @Test
    void the_palette_goes_to_a_view_from_the_menu() {
        pressCtrl(UI.getCurrent(), "k");
        var palette = _get(CommandPalette.class);

        setValue(palette.box(), command(palette, "Go to Areas"));

        assertThat(palette.isOpened()).isFalse();
        assertThat(_get(H1.class).getText()).isEqualTo("Areas");
    }

    @Test
    void the_palette_creates_a_task_through_quick_add() {
        pressCtrl(UI.getCurrent(), "k");
        var palette = _get(CommandPalette.class);

        setValue(palette.box(), command(palette, "Create task"));

        assertThat(_get(QuickAddDialog.class).isOpened()).isTrue();
    }

    @Test
    void the_palette_creates_a_project_and_opens_it() {
        pressCtrl(UI.getCurrent(), "k");
        var palette = _get(CommandPalette.class);
        setValue(palette.box(), command(palette, "Create project"));
        var dialog = _get(NewProjectDialog.class);

        setValue(dialog.name(), "Garden");
        _get(dialog, Button.class, spec -> spec.withText("Create project")).click();

        assertThat(projects.projects(false)).extracting(p -> p.name()).containsExactly("Garden");
        assertThat(_get(H1.class).getText()).isEqualTo("Garden");
    }

    @Test
    void the_palette_opens_the_shortcuts() {
        pressCtrl(UI.getCurrent(), "k");
        var palette = _get(CommandPalette.class);

        setValue(palette.box(), command(palette, "Show keyboard shortcuts"));

        assertThat(_get(ShortcutsDialog.class).isOpened()).isTrue();
    }

    @Test
    void a_shortcut_inside_an_open_dialog_does_not_stack_another_dialog() {
        press(UI.getCurrent(), "q");
        press(UI.getCurrent(), "?");

        assertThat(_find(ShortcutsDialog.class)).isEmpty();
        assertThat(_find(QuickAddDialog.class)).hasSize(1);
    }

    @Test
    void letter_shortcuts_are_filtered_out_while_typing_in_a_field() {
        // The browser evaluates this filter before sending the key press: in a text field it is false.
        for (var key : Set.of("q", "/", "?")) {
            assertThat(Keys.plainFilter(key)).contains("INPUT", "TEXTAREA", "isContentEditable", "!event.ctrlKey");
        }
        // Ctrl+K is meant to work from a field too, so it has no typing exclusion.
        assertThat(Keys.ctrlFilter("k")).doesNotContain("INPUT");
    }

    private static CommandPalette.Command command(CommandPalette palette, String label) {
        return palette.box().getListDataView().getItems().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }
}
