package app.helmsman.assist.ui;

import app.helmsman.assist.AcceptedTask;
import app.helmsman.assist.Proposal;
import app.helmsman.assist.ReviewState;
import app.helmsman.assist.ReviewState.Decision;
import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import app.helmsman.tasks.TaskDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One proposed task under review, compact: its title as a heading, what was recognised as chips, Accept, Reject
 * and Edit. Edit reveals every field of this card only (a disclosure: {@code aria-expanded}). Everything the model
 * wrote is shown as field values or plain text, never as HTML. A project or tags the person does not have yet are
 * only created when they tick the box that says so. A list item of the review's list of proposals.
 */
final class ProposalCard extends ListItem {

    /** Energy, focus and estimate are the assistant's guesses: the field says so, and the person decides. */
    private static final String SUGGESTED = "Suggested; change or clear it";

    private final int index;
    private final List<Integer> dependsOn;
    private final Set<String> knownTags;
    private final Set<String> knownProjects;
    private final Runnable changed;
    private final Proposal proposed;
    private Decision decision = Decision.OPEN;
    private boolean editing;

    final TextField title = new TextField("Title");
    final TextArea notes = new TextArea("Notes");
    final IntegerField estimate = new IntegerField("Estimate (minutes)");
    final Select<Energy> energy = new Select<>();
    final Select<FocusType> focus = new Select<>();
    final Select<Integer> priority = new Select<>();
    final DatePicker doDate = new DatePicker("Do on");
    final TimePicker doTime = new TimePicker("At");
    final DatePicker softDeadline = new DatePicker("Due (soft deadline)");
    final DatePicker hardDeadline = new DatePicker("Deadline (hard)");
    final ComboBox<String> project = new ComboBox<>("Project");
    final Checkbox createProject = new Checkbox();
    final TextField tags = new TextField("Tags (comma-separated)");
    final Checkbox createTags = new Checkbox();
    final Button accept = new Button("Accept");
    final Button reject = new Button("Reject");
    final Button edit = new Button("Edit");
    final H3 heading = new H3();
    final ProposalChips chips = new ProposalChips();
    final FormLayout form;
    private final Span state = new Span();
    private final List<String> projectItems = new java.util.ArrayList<>();
    private final AcceptedTask original;

    ProposalCard(int index, Proposal proposal, List<String> projects, List<String> tagNames,
                 List<String> dependencyTitles, Runnable changed) {
        this.index = index;
        this.dependsOn = proposal.dependsOn() == null ? List.of() : proposal.dependsOn();
        this.knownTags = lower(tagNames);
        this.knownProjects = lower(projects);
        this.changed = changed;
        this.proposed = proposal;
        addClassName("hm-proposal");
        app.helmsman.shared.ui.DateFormats.apply(doDate);
        app.helmsman.shared.ui.DateFormats.apply(softDeadline);
        app.helmsman.shared.ui.DateFormats.apply(hardDeadline);
        app.helmsman.shared.ui.DateFormats.apply(doTime);
        heading.setId("proposal-" + index + "-heading");
        heading.addClassName("hm-proposal-title");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());

        title.setRequired(true);
        title.setMaxLength(TaskDraft.TITLE_MAX_LENGTH);
        title.setValue(nz(proposal.title()));
        notes.setValue(nz(proposal.notes()));
        notes.setMaxLength(TaskDraft.NOTES_MAX_LENGTH);
        estimate.setMin(0);
        estimate.setMax(TaskDraft.MAX_MINUTES);
        estimate.setValue(proposal.estimateMinutes());
        if (proposal.estimateMinutes() != null) {
            estimate.setHelperText(SUGGESTED);
        }
        energy.setLabel("Energy");
        energy.setItems(Energy.values());
        energy.setItemLabelGenerator(Labels::energy);
        energy.setEmptySelectionAllowed(true);
        energy.setEmptySelectionCaption("Not set");
        energy.setValue(proposal.energy());
        if (proposal.energy() != null) {
            energy.setHelperText(SUGGESTED);
        }
        focus.setLabel("Focus");
        focus.setItems(FocusType.values());
        focus.setItemLabelGenerator(Labels::focus);
        focus.setEmptySelectionAllowed(true);
        focus.setEmptySelectionCaption("Not set");
        focus.setValue(proposal.focus());
        if (proposal.focus() != null) {
            focus.setHelperText(SUGGESTED);
        }
        priority.setLabel("Priority");
        priority.setItems(1, 2, 3, 4);
        priority.setItemLabelGenerator(Labels::priority);
        priority.setValue(proposal.priority() == null ? 4 : proposal.priority());
        doDate.setValue(proposal.doDate());
        doTime.setValue(proposal.doTime());
        softDeadline.setValue(proposal.softDeadline());
        hardDeadline.setValue(proposal.hardDeadline());

        projectItems.addAll(projects);
        var proposedProject = matching(projects, proposal.project());
        if (proposedProject != null && !projectItems.contains(proposedProject)) {
            projectItems.add(proposedProject);
        }
        project.setItems(projectItems);
        project.setAllowCustomValue(true);
        project.setClearButtonVisible(true);
        project.setHelperText("Empty: the Inbox");
        project.addCustomValueSetListener(e -> {
            var typed = e.getDetail().strip();
            if (!typed.isEmpty() && !projectItems.contains(typed)) {
                projectItems.add(typed);
                project.getListDataView().refreshAll();
            }
            project.setValue(typed.isEmpty() ? null : typed);
        });
        project.setValue(proposedProject);
        project.addValueChangeListener(e -> refreshNewNames());
        tags.setValue(String.join(", ", proposal.tags() == null ? List.of() : proposal.tags()));
        tags.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        tags.addValueChangeListener(e -> refreshNewNames());
        refreshNewNames();

        form = new FormLayout(title, notes, estimate, energy, focus, priority, doDate, doTime, softDeadline,
                hardDeadline, project, createProject, tags, createTags);
        form.setId("proposal-" + index + "-form");
        form.setVisible(false);
        form.setColspan(title, 2);
        form.setColspan(notes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));

        accept.addClickListener(e -> decide(decision == Decision.ACCEPTED ? Decision.OPEN : Decision.ACCEPTED));
        reject.addClickListener(e -> decide(decision == Decision.REJECTED ? Decision.OPEN : Decision.REJECTED));
        edit.addClickListener(e -> edit(!editing));
        edit.getElement().setAttribute("aria-controls", form.getId().orElseThrow());
        for (var button : List.of(accept, reject, edit)) {
            button.getElement().setAttribute("aria-describedby", heading.getId().orElseThrow());
        }
        var actions = new Div(accept, reject, edit, state);
        actions.addClassName("hm-proposal-actions");

        add(heading, chips);
        if (!dependencyTitles.isEmpty()) {
            var after = new Paragraph("After: " + String.join("; ", dependencyTitles));
            after.addClassName("hm-muted");
            add(after);
        }
        add(actions, form);
        showDecision();
        edit(false);
        original = toAccepted(List.of());
        showSummary();
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(title, notes, estimate, energy, focus, priority, doDate,
                doTime, softDeadline, hardDeadline, project, createProject, tags, createTags)) {
            field.addValueChangeListener(e -> {
                showSummary();
                changed.run();
            });
        }
    }

    /** Opens or closes this card's editor; opening moves focus to the title field. */
    void edit(boolean open) {
        editing = open;
        form.setVisible(open);
        edit.getElement().setAttribute("aria-expanded", String.valueOf(open));
        if (open) {
            title.focus();
        }
    }

    /** The card as kept for a reload: as proposed, as it stands, and the decision. */
    ReviewState.Item snapshot() {
        return new ReviewState.Item(proposed, current(), decision, createProject.getValue(), createTags.getValue());
    }

    /** Puts back what the person had done with this card before a reload. */
    void restore(ReviewState.Item item) {
        Proposal p = item.current();
        title.setValue(nz(p.title()));
        notes.setValue(nz(p.notes()));
        estimate.setValue(p.estimateMinutes());
        energy.setValue(p.energy());
        focus.setValue(p.focus());
        priority.setValue(p.priority() == null ? 4 : p.priority());
        doDate.setValue(p.doDate());
        doTime.setValue(p.doTime());
        softDeadline.setValue(p.softDeadline());
        hardDeadline.setValue(p.hardDeadline());
        var restoredProject = blankToNull(p.project());
        if (restoredProject != null && !projectItems.contains(restoredProject)) {
            projectItems.add(restoredProject);
            project.getListDataView().refreshAll();
        }
        project.setValue(restoredProject);
        tags.setValue(String.join(", ", p.tags()));
        createProject.setValue(item.createProject() && createProject.isVisible());
        createTags.setValue(item.createTags() && createTags.isVisible());
        decision = item.decision();
        showDecision();
        showSummary();
    }

    private Proposal current() {
        return new Proposal(title.getValue(), blankToNull(notes.getValue()), estimate.getValue(), energy.getValue(),
                focus.getValue(), priority.getValue(), doDate.getValue(), doTime.getValue(), softDeadline.getValue(),
                hardDeadline.getValue(), blankToNull(project.getValue()), tagList(), dependsOn);
    }

    private void showSummary() {
        heading.setText(title.getValue().isBlank() ? "(No title yet)" : title.getValue().strip());
        chips.show(current(), knownProjects, knownTags);
    }

    /** Whether the person changed any field of the proposal (an accepted card then counts as "edited"). */
    boolean edited() {
        return !toAccepted(List.of()).equals(original);
    }

    int index() {
        return index;
    }

    Decision decision() {
        return decision;
    }

    void decide(Decision next) {
        decision = next;
        showDecision();
        changed.run();
    }

    List<Integer> dependsOn() {
        return dependsOn;
    }

    /** Checks the title; marks the field, opens the editor and returns false when it is not acceptable. */
    boolean valid() {
        var ok = !title.getValue().isBlank() && !estimate.isInvalid();
        if (!ok && !editing) {
            edit(true);
        }
        title.setInvalid(title.getValue().isBlank());
        title.setErrorMessage(title.getValue().isBlank() ? "Give the task a title." : null);
        return ok;
    }

    /** The task as edited; dependencies are left to the caller, which knows which proposals were accepted. */
    AcceptedTask toAccepted(List<Integer> acceptedDependsOn) {
        return new AcceptedTask(title.getValue().strip(), notes.getValue(), estimate.getValue(), energy.getValue(),
                focus.getValue(), priority.getValue(), doDate.getValue(), doTime.getValue(), softDeadline.getValue(),
                hardDeadline.getValue(), blankToNull(project.getValue()), createProject.getValue(), tagList(),
                createTags.getValue(), acceptedDependsOn);
    }

    private void showDecision() {
        accept.getElement().setAttribute("aria-pressed", String.valueOf(decision == Decision.ACCEPTED));
        reject.getElement().setAttribute("aria-pressed", String.valueOf(decision == Decision.REJECTED));
        state.setText(switch (decision) {
            case OPEN -> "Not decided yet";
            case ACCEPTED -> "Accepted";
            case REJECTED -> "Rejected: it will not be saved";
        });
        getElement().setAttribute("data-decision", decision.name().toLowerCase(Locale.ROOT));
    }

    private void refreshNewNames() {
        var name = blankToNull(project.getValue());
        boolean newProject = name != null && !knownProjects.contains(name.toLowerCase(Locale.ROOT));
        createProject.setVisible(newProject);
        createProject.setLabel(newProject ? "Create the new project \u201c" + name + "\u201d" : "");
        if (!newProject) {
            createProject.setValue(false);
        }
        var fresh = tagList().stream().filter(t -> !knownTags.contains(t.toLowerCase(Locale.ROOT))).toList();
        createTags.setVisible(!fresh.isEmpty());
        createTags.setLabel(fresh.isEmpty() ? "" : "Create new tags: " + String.join(", ", fresh)
                + " (otherwise they are left off)");
        if (fresh.isEmpty()) {
            createTags.setValue(false);
        }
    }

    private List<String> tagList() {
        return Arrays.stream(tags.getValue().split(",")).map(s -> s.strip().replaceFirst("^#", ""))
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String matching(List<String> names, String wanted) {
        if (wanted == null || wanted.isBlank()) {
            return null;
        }
        return names.stream().filter(n -> n.equalsIgnoreCase(wanted.strip())).findFirst().orElse(wanted.strip());
    }

    private static Set<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
