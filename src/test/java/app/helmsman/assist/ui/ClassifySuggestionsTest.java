package app.helmsman.assist.ui;

import static app.helmsman.assist.ui.AssistUiTesting.action;
import static app.helmsman.assist.ui.AssistUiTesting.await;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.tasks.Energy;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Energy, focus and estimate are suggested for what a task lacks, and written only when the person uses them. */
class ClassifySuggestionsTest extends KaribuTest {

    static final String LABEL = "Suggest energy, focus and estimate";

    @Autowired
    TaskService tasks;

    final AtomicInteger changed = new AtomicInteger();

    @BeforeEach
    void adaSignedIn() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("");
    }

    @Test
    void suggestions_are_shown_but_not_written_until_used_one_by_one_or_all() {
        var task = tasks.create(TaskDraft.titled("Call the dentist")).id();
        var suggestions = open(task);

        assertThat(suggestions.pendingTexts()).hasSize(3);
        assertThat(suggestions.pendingTexts().get(0)).startsWith("Energy: ");
        assertThat(suggestions.pendingTexts().get(1)).startsWith("Focus: ");
        assertThat(suggestions.pendingTexts().get(2)).startsWith("Estimate: ");
        assertThat(suggestions.origin.getText()).startsWith("Suggested, not saved yet.");
        var stored = tasks.get(task);
        assertThat(stored.energy()).isNull();
        assertThat(stored.focus()).isNull();
        assertThat(stored.estimateMinutes()).isNull();

        var focusText = suggestions.pendingTexts().get(1);
        _click(_get(suggestions, Button.class, spec -> spec.withAttribute("aria-label", "Use " + focusText)));
        stored = tasks.get(task);
        assertThat(stored.focus()).isNotNull();
        assertThat(stored.energy()).as("only the used suggestion is written").isNull();
        assertThat(stored.estimateMinutes()).isNull();
        assertThat(changed).hasValue(1);

        _click(suggestions.useAll);
        stored = tasks.get(task);
        assertThat(stored.energy()).isNotNull();
        assertThat(stored.estimateMinutes()).isPositive();
        assertThat(suggestions.pendingTexts()).isEmpty();
        assertThat(suggestions.origin.getText()).isEqualTo("All suggestions used.");
    }

    @Test
    void a_field_the_task_already_has_is_neither_suggested_nor_changed() {
        var task = tasks.create(TaskDraft.titled("Call the dentist").withEnergy(Energy.HIGH)).id();
        var suggestions = open(task);

        assertThat(suggestions.pendingTexts()).noneMatch(t -> t.startsWith("Energy"));
        _click(suggestions.useAll);

        assertThat(tasks.get(task).energy()).isEqualTo(Energy.HIGH);
    }

    @Test
    void the_action_is_only_offered_for_tasks_that_lack_something() {
        var complete = tasks.create(TaskDraft.titled("Call the dentist").withEnergy(Energy.LOW)
                .withFocus(app.helmsman.tasks.FocusType.SOCIAL).withEstimate(10)).id();
        var lacking = tasks.create(TaskDraft.titled("Call the dentist").withEnergy(Energy.LOW)).id();

        assertThat(action(context, LABEL).appliesTo(tasks.get(complete))).isFalse();
        assertThat(action(context, LABEL).appliesTo(tasks.get(lacking))).isTrue();
    }

    private ClassifySuggestions open(UUID task) {
        action(context, LABEL).run(task, changed::incrementAndGet, () -> { });
        var suggestions = _get(ClassifySuggestions.class);
        await(() -> !suggestions.origin.getText().startsWith("Looking"));
        return suggestions;
    }
}
