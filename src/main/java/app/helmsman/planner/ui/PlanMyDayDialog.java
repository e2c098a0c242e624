package app.helmsman.planner.ui;

import app.helmsman.planner.DayEnergy;
import app.helmsman.planner.PlanSuggestion;
import app.helmsman.planner.PlannerService;
import app.helmsman.planner.PlannerValidationException;
import app.helmsman.planner.TodayPlan;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Plan my day: pick today's tasks from suggestions (due soon, high priority, carried over, planned for today),
 * say how today feels, see the planned time against the free time, and accept. Nothing is stored before Accept.
 */
class PlanMyDayDialog extends Dialog {

    final CheckboxGroup<PlanSuggestion> picks = new CheckboxGroup<>("Tasks for today");
    final RadioButtonGroup<DayEnergy> energy = new RadioButtonGroup<>("How is your energy today?");
    final Paragraph totals = new Paragraph();
    final Button accept = new Button("Accept plan");
    private final PlannerService planner;

    PlanMyDayDialog(PlannerService planner, Consumer<TodayPlan> accepted, com.vaadin.flow.component.Focusable<?> returnFocus) {
        this.planner = planner;
        setHeaderTitle("Plan my day");
        getElement().setAttribute("aria-label", "Plan my day");
        var today = planner.today();
        var suggestions = planner.suggestions();
        picks.setItems(suggestions);
        picks.setItemLabelGenerator(s -> s.title() + " \u2014 " + s.why() + " (" + (s.estimateMinutes() == null ? "estimate unknown"
                : Times.duration(s.estimateMinutes())) + ")");
        picks.setValue(suggestions.stream().filter(PlanSuggestion::picked).collect(Collectors.toCollection(LinkedHashSet::new)));
        picks.addClassName("hm-plan-picks");
        picks.setHelperText(suggestions.isEmpty() ? "Nothing is due, planned or pressing. Add a task, or enjoy a lighter day."
                : "Pick a few. Fewer is kinder: what does not fit rolls over quietly.");
        energy.setItems(DayEnergy.values());
        energy.setItemLabelGenerator(DayEnergy::label);
        energy.setValue(today.energy());
        energy.setHelperText("A low day plans less, and nothing demanding.");
        totals.addClassName("hm-plan-totals");
        picks.addValueChangeListener(e -> updateTotals());
        energy.addValueChangeListener(e -> updateTotals());
        add(energy, picks, totals);

        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> {
            try {
                var plan = planner.planMyDay(ids(), energy.getValue());
                close();
                accepted.accept(plan);
                returnFocus.focus();
            } catch (PlannerValidationException problem) {
                picks.setInvalid(true);
                picks.setErrorMessage(problem.getMessage());
            }
        });
        var cancel = new Button("Cancel", e -> {
            close();
            returnFocus.focus();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, accept);
        updateTotals();
    }

    private java.util.Set<UUID> ids() {
        return picks.getValue().stream().map(PlanSuggestion::taskId).collect(Collectors.toSet());
    }

    private void updateTotals() {
        try {
            var preview = planner.preview(ids(), energy.getValue() == null ? DayEnergy.NORMAL : energy.getValue());
            var text = Times.duration(preview.plannedMinutes()) + " planned of " + Times.duration(preview.freeMinutes()) + " free today";
            if (!preview.notToday().isEmpty()) {
                text += "; " + preview.notToday().size() + (preview.notToday().size() == 1 ? " task does" : " tasks do")
                        + " not fit and will show under Not today";
            }
            totals.setText(text + ".");
            picks.setInvalid(false);
        } catch (PlannerValidationException problem) {
            picks.setInvalid(true);
            picks.setErrorMessage(problem.getMessage());
        }
    }
}
