package app.helmsman.assist.ui;

import app.helmsman.assist.AssistService;
import app.helmsman.assist.Suggestion;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.TaskChange;
import app.helmsman.tasks.TaskConflictException;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Suggestions for the energy, focus and estimate a task lacks, each with its own "Use" button and a "Use all":
 * nothing is written to the task until the person presses one. Fields the task already has are left alone.
 */
final class ClassifySuggestions extends Div {

    private final TaskService tasks;
    private final UUID taskId;
    private final Runnable changed;
    final Paragraph origin = new Paragraph("Looking for suggestions\u2026");
    private final Div rows = new Div();
    final Button useAll = new Button("Use all");
    private final List<Row> pending = new ArrayList<>();

    private record Row(String text, UnaryOperator<TaskChange> apply, Div line, Button use) {
    }

    ClassifySuggestions(AssistService assist, TaskService tasks, TaskDetails task, Runnable changed) {
        this.tasks = tasks;
        this.taskId = task.id();
        this.changed = changed;
        addClassName("hm-suggestions");
        origin.addClassName("hm-muted");
        useAll.setVisible(false);
        useAll.addClickListener(e -> use(List.copyOf(pending)));
        add(origin, rows, useAll);
        var ui = UI.getCurrent();
        assist.classify(task.id()).whenComplete((suggestion, error) -> ui.access(() -> {
            if (error != null) {
                origin.setText("No suggestions this time. You can set energy, focus and estimate yourself.");
            } else {
                show(task, suggestion);
            }
        }));
    }

    private void show(TaskDetails task, Suggestion s) {
        if (task.energy() == null && s.energy() != null) {
            row("Energy: " + Labels.energy(s.energy()), c -> c.withEnergyAndFocus(s.energy(), c.focus()));
        }
        if (task.focus() == null && s.focus() != null) {
            row("Focus: " + Labels.focus(s.focus()), c -> c.withEnergyAndFocus(c.energy(), s.focus()));
        }
        if (task.estimateMinutes() == null && s.estimateMinutes() != null) {
            row("Estimate: " + Labels.minutes(s.estimateMinutes()), c -> c.withMinutes(s.estimateMinutes(), c.actualMinutes()));
        }
        var from = Labels.origin(s.origin(), s.fallbackReason());
        origin.setText(pending.isEmpty() ? "No suggestions for this task. " + from : "Suggested, not saved yet. " + from);
        useAll.setVisible(pending.size() > 1);
        Announcer.announce(pending.isEmpty() ? "No suggestions" : pending.size() + " suggestions");
    }

    private void row(String text, UnaryOperator<TaskChange> apply) {
        var line = new Div(new Span(text));
        line.addClassName("hm-suggestion");
        var use = new Button("Use");
        use.setAriaLabel("Use " + text);
        var row = new Row(text, apply, line, use);
        use.addClickListener(e -> use(List.of(row)));
        line.add(use);
        rows.add(line);
        pending.add(row);
    }

    List<String> pendingTexts() {
        return pending.stream().map(Row::text).toList();
    }

    private void use(List<Row> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        for (int attempt = 0; ; attempt++) {
            var current = tasks.get(taskId);
            var change = current.toChange();
            for (var row : chosen) {
                change = row.apply().apply(change);
            }
            try {
                tasks.update(taskId, current.version(), change);
                break;
            } catch (TaskConflictException e) {
                if (attempt > 0) {
                    throw e;
                }
            }
        }
        for (var row : chosen) {
            pending.remove(row);
            row.line().removeAll();
            row.line().add(new Span(row.text() + " \u2013 saved"));
        }
        useAll.setVisible(pending.size() > 1);
        origin.setText(pending.isEmpty() ? "All suggestions used." : origin.getText());
        Announcer.announce("Saved " + String.join(", ", chosen.stream().map(Row::text).toList()));
        changed.run();
        if (!pending.isEmpty()) {
            pending.getFirst().use().focus();
        } else {
            origin.getElement().setAttribute("tabindex", "-1");
            origin.getElement().callJsFunction("focus");
        }
    }
}
