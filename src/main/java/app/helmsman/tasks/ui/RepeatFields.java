package app.helmsman.tasks.ui;

import app.helmsman.tasks.RecurrenceMode;
import app.helmsman.tasks.RepeatPattern;
import app.helmsman.tasks.RepeatPattern.MonthlyOn;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskValidationException;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Repeat, picked in words (every day, every weekday, every week on some days, every month on a day) with a preview
 * of what it means; an RRULE typed by hand is the advanced choice. Whether it counts from fixed dates or from completion.
 */
class RepeatFields extends FieldGroup {

    /** What the picker offers. */
    enum Choice {
        NONE("Does not repeat"), DAILY("Every day"), WEEKDAYS("Every weekday (Monday to Friday)"), WEEKLY("Every week on…"),
        MONTHLY("Every month on the…"), CUSTOM("Custom rule (RRULE, advanced)");

        final String label;

        Choice(String label) {
            this.label = label;
        }
    }

    final Select<Choice> repeats = new Select<>();
    final IntegerField interval = new IntegerField("Every how many days");
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("On");
    final ComboBox<MonthlyOn> monthDay = new ComboBox<>("On the");
    final TextField rule = new TextField("Repeat rule (RRULE)");
    final Select<RecurrenceMode> mode = new Select<>();
    final Paragraph preview = new Paragraph();
    private final Paragraph examples = new Paragraph("Examples: FREQ=DAILY, FREQ=WEEKLY;BYDAY=MO,TH, FREQ=MONTHLY;BYMONTHDAY=1");
    private final Div custom = new Div(rule, examples);

    RepeatFields(DetailsSession session) {
        super("Repeat", session);
        repeats.setLabel("Repeats");
        repeats.setItems(Choice.values());
        repeats.setItemLabelGenerator(c -> c.label);
        repeats.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fill(e.getValue(), null);
                if (e.getValue() != Choice.CUSTOM) {
                    savePicked();
                }
            }
        });
        interval.setMin(1);
        interval.setMax(RepeatPattern.INTERVAL_MAX);
        interval.setStepButtonsVisible(true);
        interval.setHelperText("1 to " + RepeatPattern.INTERVAL_MAX);
        interval.addValueChangeListener(e -> picked(e.isFromClient()));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
        days.addValueChangeListener(e -> picked(e.isFromClient()));
        monthDay.setItems(monthDays());
        monthDay.setItemLabelGenerator(RepeatFields::monthDayLabel);
        monthDay.setHelperText("A day number, or like 2nd Tuesday; type to find it");
        monthDay.addValueChangeListener(e -> picked(e.isFromClient()));
        rule.setPlaceholder("FREQ=WEEKLY;BYDAY=MO");
        rule.setClearButtonVisible(true);
        rule.setWidthFull();
        rule.setMaxLength(RepeatPattern.RULE_MAX_LENGTH);
        rule.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                named("recurrenceRule", rule);
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
        examples.addClassName("hm-muted");
        // the preview says in words what is saved; polite, so a screen reader hears it after a choice
        preview.addClassName("hm-repeat-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        named("recurrenceRule", repeats);
        var row = new Div(repeats, interval, monthDay);
        row.addClassName("hm-field-row");
        add(row, days, custom, preview, mode);
    }

    @Override
    void show(TaskDetails task) {
        var rule = task.recurrenceRule();
        var pattern = RepeatPattern.of(rule);
        var choice = rule == null ? Choice.NONE : pattern.map(p -> Choice.valueOf(p.frequency().name())).orElse(Choice.CUSTOM);
        this.rule.setValue(rule == null ? "" : rule);
        this.rule.setHelperText(RuleSummary.describe(rule));
        mode.setValue(task.recurrenceMode() == null ? RecurrenceMode.FIXED : task.recurrenceMode());
        repeats.setValue(choice);
        fill(choice, pattern.orElse(null));
        preview.setText(RuleSummary.describe(rule));
    }

    @Override
    void saved(TaskDetails task) {
        if (!rule.isInvalid()) {
            rule.setHelperText(RuleSummary.describe(task.recurrenceRule()));
        }
        if (!repeats.isInvalid() && !rule.isInvalid()) {
            preview.setText(RuleSummary.describe(task.recurrenceRule()));
        }
    }

    /** Shows the fields of a choice, filled from a stored pattern or from sensible defaults (the do date's day). */
    private void fill(Choice choice, RepeatPattern pattern) {
        named("recurrenceRule", choice == Choice.CUSTOM ? rule : repeats);
        interval.setVisible(choice == Choice.DAILY || choice == Choice.WEEKLY || choice == Choice.MONTHLY);
        interval.setLabel(switch (choice) {
            case WEEKLY -> "Every how many weeks";
            case MONTHLY -> "Every how many months";
            default -> "Every how many days";
        });
        days.setVisible(choice == Choice.WEEKLY);
        monthDay.setVisible(choice == Choice.MONTHLY);
        custom.setVisible(choice == Choice.CUSTOM);
        mode.setVisible(choice != Choice.NONE);
        // defaults from the do date: "every week on" its weekday, "every month on the" its day; else Monday, the 1st
        var anchor = session.mine().doDate() == null ? LocalDate.of(2024, 1, 1) : session.mine().doDate();
        interval.setValue(pattern == null ? (interval.getValue() == null ? 1 : interval.getValue()) : pattern.interval());
        if (choice == Choice.WEEKLY) {
            days.setValue(pattern != null ? pattern.days() : days.getValue().isEmpty() ? Set.of(anchor.getDayOfWeek()) : days.getValue());
        }
        if (choice == Choice.MONTHLY) {
            monthDay.setValue(pattern != null ? pattern.monthly()
                    : monthDay.getValue() == null ? new MonthlyOn(anchor.getDayOfMonth(), null) : monthDay.getValue());
        }
    }

    private void picked(boolean fromClient) {
        if (fromClient) {
            savePicked();
        }
    }

    /** Builds the pattern from the picker (checked in the model), says it in words and saves its RRULE. */
    private void savePicked() {
        var choice = repeats.getValue();
        clearError("recurrenceRule");
        repeats.setInvalid(false);
        String value;
        try {
            int every = interval.getValue() == null ? 0 : interval.getValue();
            value = switch (choice) {
                case NONE -> null;
                case DAILY -> RepeatPattern.daily(every).toRule();
                case WEEKDAYS -> RepeatPattern.weekdays().toRule();
                case WEEKLY -> RepeatPattern.weekly(every, days.getValue()).toRule();
                case MONTHLY -> RepeatPattern.monthly(every, monthDay.getValue()).toRule();
                case CUSTOM -> session.mine().recurrenceRule();
            };
        } catch (TaskValidationException bad) {
            showError("recurrenceRule", bad.errors().values().iterator().next());
            preview.setText("Not saved: " + bad.errors().values().iterator().next());
            return;
        }
        preview.setText(RuleSummary.describe(value));
        rule.setValue(value == null ? "" : value);
        rule.setHelperText(RuleSummary.describe(value));
        session.edit(c -> c.withRecurrence(value, value == null ? null : mode.getValue()));
    }

    private static java.util.List<MonthlyOn> monthDays() {
        var all = new java.util.ArrayList<MonthlyOn>();
        for (int n = 1; n <= 31; n++) {
            all.add(new MonthlyOn(n, null));
        }
        all.add(new MonthlyOn(-1, null));
        for (int n : new int[] {1, 2, 3, 4, -1}) {
            for (var day : EnumSet.allOf(DayOfWeek.class)) {
                all.add(new MonthlyOn(n, day));
            }
        }
        return all;
    }

    static String monthDayLabel(MonthlyOn on) {
        var number = on.number() == -1 ? "last" : ordinal(on.number());
        return on.weekday() == null ? (on.number() == -1 ? "last day" : number)
                : number + " " + on.weekday().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }

    private static String ordinal(int n) {
        var suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
