package app.helmsman.assist.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.Glyph;
import app.helmsman.tasks.TaskDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposed steps as an ordered list the person can edit, reorder (Move up / Move down), remove and extend, all
 * with the keyboard. Step texts are field values, never HTML.
 */
final class StepList extends Div {

    static final int MAX_STEPS = 10;

    private final OrderedList list = new OrderedList();
    private final List<TextField> fields = new ArrayList<>();
    final Button add = new Button("Add a step");
    private final Runnable changed;

    StepList(Runnable changed) {
        this.changed = changed;
        addClassName("hm-steps");
        add.setIcon(Glyph.PLUS.create());
        add.addClickListener(e -> {
            fields.add(field(""));
            render();
            fields.getLast().focus();
        });
        add(list, add);
    }

    /** Replaces the steps; with none, offers one empty field for the person's own first step. */
    void show(List<String> steps) {
        fields.clear();
        steps.stream().limit(MAX_STEPS).forEach(s -> fields.add(field(s)));
        if (fields.isEmpty()) {
            fields.add(field(""));
        }
        render();
    }

    /** The non-blank steps in order. */
    List<String> steps() {
        return fields.stream().map(f -> f.getValue().strip()).filter(s -> !s.isEmpty()).toList();
    }

    List<TextField> fields() {
        return List.copyOf(fields);
    }

    void move(int index, int by) {
        int to = index + by;
        if (to < 0 || to >= fields.size()) {
            return;
        }
        var field = fields.remove(index);
        fields.add(to, field);
        render();
        Announcer.announce("Step moved to position " + (to + 1));
        buttonOf(to, by < 0 ? "up" : "down").focus();
    }

    void remove(int index) {
        var removed = fields.remove(index).getValue();
        render();
        Announcer.announce("Step removed" + (removed.isBlank() ? "" : ": " + removed));
        if (!fields.isEmpty()) {
            fields.get(Math.min(index, fields.size() - 1)).focus();
        } else {
            add.focus();
        }
    }

    private TextField field(String value) {
        var field = new TextField();
        field.setValue(value);
        field.setMaxLength(TaskDraft.TITLE_MAX_LENGTH);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> changed.run());
        field.setWidthFull();
        return field;
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < fields.size(); i++) {
            int index = i;
            var field = fields.get(i);
            field.setLabel(fields.size() == 1 && i == 0 ? "Your first step" : "Step " + (i + 1));
            var up = icon(Glyph.ARROW_UP, "Move step " + (i + 1) + " up", () -> move(index, -1));
            up.setEnabled(i > 0);
            var down = icon(Glyph.ARROW_DOWN, "Move step " + (i + 1) + " down", () -> move(index, 1));
            down.setEnabled(i < fields.size() - 1);
            var remove = icon(Glyph.TRASH, "Remove step " + (i + 1), () -> remove(index));
            var item = new ListItem(field, up, down, remove);
            item.addClassName("hm-step");
            list.add(item);
        }
        add.setEnabled(fields.size() < MAX_STEPS);
        changed.run();
    }

    /** The moved step's button in the same direction, or the other one when it reached an end. */
    private Button buttonOf(int index, String direction) {
        var buttons = list.getChildren().skip(index).findFirst().orElseThrow().getChildren()
                .filter(Button.class::isInstance).map(Button.class::cast).toList();
        var wanted = direction.equals("up") ? buttons.get(0) : buttons.get(1);
        var other = direction.equals("up") ? buttons.get(1) : buttons.get(0);
        return wanted.isEnabled() ? wanted : other.isEnabled() ? other : buttons.get(2);
    }

    private static Button icon(Glyph icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
