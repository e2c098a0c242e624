package app.helmsman.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.shared.ui.Keys;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class KeysTest {

    private final List<String> pressed = new ArrayList<>();
    private Div scope;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        scope = new Div();
        UI.getCurrent().add(scope);
        Keys.plain(scope, "q", () -> pressed.add("q"));
        Keys.plain(scope, "/", () -> pressed.add("/"));
        Keys.ctrl(scope, "k", () -> pressed.add("ctrl+k"));
        Keys.alt(scope, "ArrowUp", () -> pressed.add("alt+up"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void only_the_listener_whose_filter_the_browser_reports_as_matching_runs() {
        fire(Keys.plainFilter("q"));
        fire(Keys.ctrlFilter("k"));
        fire(Keys.altFilter("ArrowUp"));

        assertThat(pressed).containsExactly("q", "ctrl+k", "alt+up");
    }

    @Test
    void a_key_press_that_matches_no_filter_runs_nothing() {
        fire("event.key === 'z'");

        assertThat(pressed).isEmpty();
    }

    @Test
    void plain_shortcuts_ignore_typing_and_modifiers_and_letters_ignore_case() {
        assertThat(Keys.plainFilter("q"))
                .contains("event.key.toLowerCase() === 'q'", "!event.ctrlKey", "!event.altKey", "!event.metaKey", "'INPUT','TEXTAREA','SELECT'", "isContentEditable");
        assertThat(Keys.ctrlFilter("k")).contains("event.ctrlKey || event.metaKey").doesNotContain("INPUT");
        assertThat(Keys.claimed("x")).isEqualTo("((x) && (event.preventDefault(), true))");
    }

    private void fire(String filter) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put(Keys.claimed(filter), true);
        ElementUtilsKt._fireDomEvent(scope.getElement(), new DomEvent(scope.getElement(), "keydown", data));
    }
}
