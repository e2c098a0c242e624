package app.helmsman.tasks.ui;

import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * "Changed elsewhere - reload?": shown above a form when the thing being edited was saved in another
 * window or by another member, instead of replacing what the person is typing. Reload re-reads it
 * (dropping the person's unsaved edits, which they chose); "Keep editing" hides the banner, and the next
 * save then meets the version check ({@code TaskConflictException}). Never takes focus; announced once.
 */
final class ChangedElsewhere extends Div {

    private final Span text = new Span();

    ChangedElsewhere(Runnable reload) {
        addClassName("hm-changed-elsewhere");
        var reloadButton = new Button("Reload", e -> {
            setVisible(false);
            reload.run();
        });
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var keep = new Button("Keep editing", e -> setVisible(false));
        keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(text, reloadButton, keep);
        setVisible(false);
    }

    /** Shows the banner (once per change), saying what changed if the hint said so. */
    void show(String summary) {
        var message = "Changed elsewhere" + (summary == null || summary.isBlank() ? "" : " (" + summary + ")") + " - reload?";
        if (!isVisible() || !message.equals(text.getText())) {
            text.setText(message);
            setVisible(true);
            Announcer.announce(message);
        }
    }

    String message() {
        return text.getText();
    }

    /**
     * Shows the banner whenever a live hint names the task being edited. Subscribe in {@code onAttach},
     * remove in {@code onDetach}.
     *
     * @param editedTask the id of the task the form shows now, or null when it shows none
     */
    Registration watch(UI ui, LiveUpdates live, UUID user, Supplier<UUID> editedTask) {
        return live.subscribe(ui, user, Set.of("tasks"), hints -> {
            var id = editedTask.get();
            hints.stream().filter(h -> id != null && (h.ids().contains(id) || "*".equals(h.topic()))).findFirst()
                    .ifPresent(h -> show(h.ids().size() == 1 ? h.summary() : ""));
        });
    }
}
