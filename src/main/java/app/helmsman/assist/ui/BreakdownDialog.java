package app.helmsman.assist.ui;

import app.helmsman.assist.AssistService;
import app.helmsman.assist.AssistTasks;
import app.helmsman.assist.StepsProposal;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.TaskDetails;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.util.concurrent.CompletableFuture;

/**
 * "Break it down": proposes steps for one task at the granularity the person picks (1 = a few big steps ... 5 = tiny
 * steps), lets them edit, reorder and remove the steps, and adds them as subtasks. Without a provider it shows
 * only what the offline helper can honestly split, and a question that helps name the very first step.
 */
final class BreakdownDialog extends Dialog {

    private final AssistService assist;
    private final AssistTasks assistTasks;
    private final TaskDetails task;
    private final Runnable changed;
    final Select<Integer> granularity = new Select<>();
    final StepList steps;
    final Paragraph origin = new Paragraph();
    final Paragraph guidance = new Paragraph();
    private final Div working = new Div();
    final Button cancel = new Button("Stop");
    final Button addSubtasks = new Button("Add as subtasks");
    private CompletableFuture<StepsProposal> running;
    private int generation;

    BreakdownDialog(AssistService assist, AssistTasks assistTasks, TaskDetails task, Runnable changed) {
        this.assist = assist;
        this.assistTasks = assistTasks;
        this.task = task;
        this.changed = changed;
        this.steps = new StepList(this::refresh);
        addClassName("hm-breakdown");
        setHeaderTitle("Break it down");
        var subject = new Paragraph("Task: " + task.title());
        subject.addClassName("hm-breakdown-task");

        granularity.setLabel("Step size");
        granularity.setItems(1, 2, 3, 4, 5);
        granularity.setItemLabelGenerator(BreakdownDialog::granularityLabel);
        granularity.setValue(app.helmsman.assist.offline.OfflineBreakdown.DEFAULT_GRANULARITY);
        granularity.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                propose();
            }
        });

        var progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", "Proposing steps");
        cancel.addClickListener(e -> stop("Stopped. You can write the steps yourself."));
        working.add(progress, new Span("Proposing steps\u2026"), cancel);
        working.addClassName("hm-working");
        guidance.addClassName("hm-guidance");
        guidance.setVisible(false);
        origin.addClassName("hm-muted");

        addSubtasks.addThemeVariants(ButtonVariant.PRIMARY);
        addSubtasks.addClickListener(e -> save());
        var close = new Button("Close", e -> close());
        getFooter().add(close, addSubtasks);
        add(subject, granularity, working, origin, guidance, steps);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                // the first control, which shows a focus ring (the dialog container itself draws none)
                granularity.focus();
            } else {
                stop(null);
            }
        });
        propose();
    }

    static String granularityLabel(Integer g) {
        return switch (g) {
            case 1 -> "1 \u2013 a few big steps";
            case 2 -> "2 \u2013 bigger steps";
            case 3 -> "3 \u2013 medium steps";
            case 4 -> "4 \u2013 small steps";
            default -> "5 \u2013 tiny steps";
        };
    }

    private void propose() {
        var ui = UI.getCurrent();
        int mine = ++generation;
        if (running != null) {
            running.cancel(true);
        }
        working.setVisible(true);
        addSubtasks.setEnabled(false);
        running = assist.breakDown(task.id(), granularity.getValue());
        running.whenComplete((result, error) -> ui.access(() -> {
            if (mine != generation) {
                return;
            }
            working.setVisible(false);
            running = null;
            if (error != null) {
                shown(null, "The assistant could not propose steps this time. Write your first step yourself.");
            } else {
                shown(result, null);
            }
        }));
    }

    private void shown(StepsProposal result, String failure) {
        if (result == null) {
            origin.setText(failure);
            guidance.setVisible(false);
            steps.show(java.util.List.of());
            Announcer.announce(failure);
            return;
        }
        origin.setText(Labels.origin(result.origin(), result.fallbackReason()));
        guidance.setText(result.guidance().orElse(""));
        guidance.setVisible(result.guidance().isPresent());
        steps.show(result.steps());
        Announcer.announce(result.steps().isEmpty() ? "No steps proposed. " + result.guidance().orElse("")
                : result.steps().size() + " steps proposed");
    }

    private void stop(String message) {
        generation++;
        if (running != null) {
            running.cancel(true);
            running = null;
        }
        working.setVisible(false);
        if (message != null) {
            origin.setText(message);
            steps.show(steps.steps());
            Announcer.announce(message);
        }
    }

    private void refresh() {
        addSubtasks.setEnabled(running == null && !steps.steps().isEmpty());
        int n = steps.steps().size();
        addSubtasks.setText(n == 1 ? "Add 1 subtask" : n == 0 ? "Add as subtasks" : "Add " + n + " subtasks");
    }

    private void save() {
        java.util.List<java.util.UUID> ids;
        try {
            ids = assistTasks.addSubtasks(task.id(), steps.steps());
        } catch (app.helmsman.tasks.TaskValidationException e) {
            // e.g. the account is at its cap on tasks: say so, and keep the steps as they are
            var message = "Nothing was added: " + String.join(" ", e.errors().values());
            origin.setText(message);
            Announcer.announce(message);
            return;
        }
        Announcer.announce(ids.size() == 1 ? "Added 1 subtask" : "Added " + ids.size() + " subtasks");
        close();
        changed.run();
    }
}
