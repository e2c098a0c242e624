package app.helmsman.tasks.ui;

import app.helmsman.tasks.RecurrenceMode;
import app.helmsman.tasks.TaskDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** Recurrence: the RRULE, what it means in words, and whether it counts from fixed dates or from completion. */
class RepeatFields extends FieldGroup {

    final TextField rule = new TextField("Repeat rule (RRULE)");
    final Select<RecurrenceMode> mode = new Select<>();
    private final Paragraph examples = new Paragraph(
            "Empty: does not repeat. Examples: FREQ=DAILY, FREQ=WEEKLY;BYDAY=MO,TH, FREQ=MONTHLY;BYMONTHDAY=1");

    RepeatFields(DetailsSession session) {
        super("Repeat", session);
        rule.setPlaceholder("FREQ=WEEKLY;BYDAY=MO");
        rule.setClearButtonVisible(true);
        rule.setWidthFull();
        rule.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                clearError("recurrenceRule");
                var value = e.getValue().isBlank() ? null : e.getValue().strip();
                rule.setHelperText(RuleSummary.describe(value));
                session.edit(c -> c.withRecurrence(value, value == null ? null : mode.getValue()));
            }
        });
        mode.setLabel("Next one");
        mode.setItems(RecurrenceMode.values());
        mode.setItemLabelGenerator(Labels::mode);
        mode.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && session.mine().recurrenceRule() != null) {
                session.edit(c -> c.withRecurrence(c.recurrenceRule(), e.getValue()));
            }
        });
        // the rule in words is the field's helper text, so screen readers read it with the field
        examples.addClassName("hm-muted");
        named("recurrenceRule", rule);
        add(rule, examples, mode);
    }

    @Override
    void show(TaskDetails task) {
        rule.setValue(task.recurrenceRule() == null ? "" : task.recurrenceRule());
        mode.setValue(task.recurrenceMode() == null ? RecurrenceMode.FIXED : task.recurrenceMode());
        rule.setHelperText(RuleSummary.describe(task.recurrenceRule()));
    }

    @Override
    void saved(TaskDetails task) {
        if (!rule.isInvalid()) {
            rule.setHelperText(RuleSummary.describe(task.recurrenceRule()));
        }
    }
}
