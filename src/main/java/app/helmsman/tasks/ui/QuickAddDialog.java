package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.NotAllowedException;
import app.helmsman.tasks.TaskValidationException;
import app.helmsman.tasks.quickadd.ParsedTask;
import app.helmsman.tasks.quickadd.QuickAddParser;
import app.helmsman.tasks.quickadd.Recognised;
import app.helmsman.tasks.quickadd.Span;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import app.helmsman.tasks.Directory;
import app.helmsman.tasks.TaskDetails;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * One line that becomes a task: the parser's findings show live as chips (each removable by click or
 * keyboard, which keeps its words in the title), Enter saves, Escape closes.
 */
class QuickAddDialog extends Dialog {

    private static final QuickAddParser PARSER = new QuickAddParser();

    private final TextField line = new TextField("Task");
    private final Div chips = new Div();
    private final Paragraph titlePreview = new Paragraph();
    private final Paragraph notes = new Paragraph();
    private final QuickAddSaver saver;
    private final UserClock clock;
    private final Consumer<TaskDetails> added;
    /** Dismissed parts, with the text they covered, so an edit elsewhere in the line keeps them dismissed. */
    private final Map<Span, String> dismissed = new LinkedHashMap<>();
    /** Read once when the dialog opens: typing reads nothing from the database. */
    private final ZoneId zone;
    private final Directory known;
    private ParsedTask parsed;

    QuickAddDialog(QuickAddSaver saver, UserClock clock, Consumer<TaskDetails> added) {
        this.saver = saver;
        this.clock = clock;
        this.added = added;
        this.zone = clock.zone();
        this.known = saver.known();
        addClassName("hm-quick-add");
        setHeaderTitle("Add a task");
        getElement().setAttribute("aria-label", "Add a task");
        setCloseOnEsc(true);
        setCloseOnOutsideClick(true);
        setWidth("min(36rem, 95vw)");

        line.setWidthFull();
        line.setMaxLength(TaskDraft.TITLE_MAX_LENGTH + 200);
        line.setPlaceholder("Call mom tomorrow 3pm ~15m !1 #family +Home @low");
        line.setHelperText("Dates, ~time, !priority, #tag, +project, @energy; \"quoted text\" stays as typed.");
        line.setValueChangeMode(ValueChangeMode.EAGER);
        line.addValueChangeListener(e -> preview());
        line.setAutofocus(true);

        chips.addClassName("hm-chips");
        chips.getElement().setAttribute("role", "list");
        chips.getElement().setAttribute("aria-label", "Recognised");
        titlePreview.addClassName("hm-quick-title");
        notes.addClassName("hm-muted");
        notes.getElement().setAttribute("aria-live", "polite");

        var save = new Button("Add task", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("hm-quick-save");
        // Enter in the line saves; Enter on a chip's remove button removes that chip (its own click), never both.
        save.addClickShortcut(Key.ENTER).listenOn(line);
        var cancel = new Button("Cancel", e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Shortcuts.addShortcutListener(this, this::close, Key.ESCAPE);

        add(line, chips, titlePreview, notes);
        getFooter().add(cancel, save);
        preview();
    }

    /** What the parser made of the line, as of now in the person's zone. */
    ParsedTask parsed() {
        return parsed;
    }

    private void preview() {
        var text = line.getValue();
        // a dismissal only holds while its words are still where they were
        dismissed.entrySet().removeIf(d -> d.getKey().end() > text.length() || !d.getKey().of(text).equals(d.getValue()));
        parsed = PARSER.parse(text, clock.now(zone), Set.copyOf(dismissed.keySet()));
        chips.removeAll();
        parsed.parts().forEach(part -> chips.add(chip(part)));
        titlePreview.setText(parsed.title().isBlank() ? "" : "Title: " + parsed.title());
        notes.setText(QuickAddSaver.whatWillHappen(parsed, known));
        line.setInvalid(false);
    }

    private Div chip(Recognised part) {
        var label = part.label();
        var remove = new Button(label + " ×", e -> dismiss(part));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        remove.addClassName("hm-chip");
        remove.addClassName("hm-chip-" + part.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        remove.getElement().setAttribute("aria-label", label + ": remove, keeping \u201c" + part.text() + "\u201d in the title");
        remove.getElement().setAttribute("title", "Keep \u201c" + part.text() + "\u201d in the title");
        var item = new Div(remove);
        item.getElement().setAttribute("role", "listitem");
        return item;
    }

    private void dismiss(Recognised part) {
        dismissed.put(part.span(), part.text());
        preview();
        Announcer.announce(part.label() + " removed; \u201c" + part.text() + "\u201d stays in the title");
        line.focus();
    }

    private void save() {
        if (parsed.title().isBlank()) {
            line.setErrorMessage(line.getValue().isBlank() ? "Type what the task is." : "Add a few words for the title: everything you typed was read as details.");
            line.setInvalid(true);
            return;
        }
        try {
            var task = saver.save(parsed, known);
            close();
            TasksChangedHere.fire(Set.of(task.id()));
            added.accept(task);
        } catch (TaskValidationException e) {
            line.setErrorMessage(String.join(" ", e.errors().values()));
            line.setInvalid(true);
        } catch (NotAllowedException e) {
            line.setErrorMessage(e.getMessage());
            line.setInvalid(true);
        }
    }

    TextField line() {
        return line;
    }
}
