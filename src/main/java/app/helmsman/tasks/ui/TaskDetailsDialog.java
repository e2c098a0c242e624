package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskDependencyService;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskMoveService;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One task: title, when, energy, estimate and project first, every other field in groups behind "More fields". Each edit is saved at once (on change, on blur for text) and the dialog
 * says "Saved" where it can be seen and heard; a conflict asks "keep mine or take theirs" without touching
 * the fields; a field the service refuses shows why next to it and keeps its text.
 */
class TaskDetailsDialog extends Dialog implements DetailsSession.Listener {

    /** The service's names of the fields shown before "More fields". */
    private static final Set<String> ESSENTIAL = Set.of("title", "doDate", "doTime", "estimateMinutes", "projectId");

    final Span saveState = new Span();
    final Button moreToggle = new Button("More fields");
    final Div more = new Div();
    final ConflictBar conflict;
    final CoreFields core;
    final ScheduleFields schedule;
    final RepeatFields repeat;
    final LinkFields links;
    final DependencyFields dependencies;
    final SubtaskFields subtasks;
    private final DetailsSession session;
    private final List<FieldGroup> groups;

    TaskDetailsDialog(TaskService tasks, TaskListService lists, TaskMoveService moves, TaskDependencyService dependencyService,
                      ProjectService projects, TaskDetails task) {
        this.session = new DetailsSession(tasks, task, this);
        addClassName("hm-details");
        setHeaderTitle("Task details");
        getElement().setAttribute("aria-label", "Task details");
        setWidth("min(48rem, 100vw)");
        setCloseOnOutsideClick(false);
        saveState.addClassName("hm-save-state");
        // its own live region: the page's announcer is hidden from screen readers while this modal is open
        saveState.getElement().setAttribute("role", "status");
        saveState.getElement().setAttribute("aria-live", "polite");
        conflict = new ConflictBar(this::keepMine, this::takeTheirs);
        core = new CoreFields(session);
        schedule = new ScheduleFields(session);
        repeat = new RepeatFields(session);
        links = new LinkFields(session, tasks, lists, moves, projects);
        dependencies = new DependencyFields(session, lists, dependencyService);
        subtasks = new SubtaskFields(session, tasks, lists);
        groups = List.of(core, schedule, repeat, links, dependencies, subtasks);
        getHeader().add(saveState);
        // the few fields that matter first; the rest behind a disclosure (the groups keep their fields' messages)
        var essentials = new Div(core.title, row(schedule.doDate, schedule.doTime), row(core.energy, schedule.estimate, links.project));
        essentials.addClassNames("hm-field-group", "hm-essentials");
        more.setId("hm-details-more");
        more.addClassName("hm-details-more");
        groups.forEach(more::add);
        moreToggle.addClassName("hm-more-toggle");
        moreToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        moreToggle.getElement().setAttribute("aria-controls", more.getId().orElseThrow());
        moreToggle.addClickListener(e -> showMore(!moreShown()));
        showMore(false);
        add(conflict, essentials, moreToggle, more);
        groups.forEach(g -> g.show(task));
        var close = new Button("Close", e -> close());
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                core.title.focus();
            }
        });
    }

    private static Div row(Component... fields) {
        var row = new Div(fields);
        row.addClassName("hm-field-row");
        return row;
    }

    /** Opens or closes "More fields"; focus stays on the button, which says whether it is expanded. */
    void showMore(boolean shown) {
        // the hidden attribute, not setVisible: the region stays in the page so aria-controls always points at it
        more.getElement().setAttribute("hidden", !shown);
        moreToggle.getElement().setAttribute("aria-expanded", String.valueOf(shown));
    }

    boolean moreShown() {
        return !more.getElement().hasAttribute("hidden");
    }

    /** Adds a field group from outside the dialog (who does it) to the "more" part. */
    void addMore(Component component) {
        more.add(component);
    }

    /** Re-reads the task after another module's action changed it (new subtasks, accepted suggestions). */
    void reload(TaskDetails fresh) {
        session.reloaded(fresh);
        conflict.hide();
        groups.forEach(FieldGroup::clearErrors);
        groups.forEach(g -> g.show(fresh));
    }

    TaskDetails stored() {
        return session.stored();
    }

    @Override
    public void saved(TaskDetails now) {
        conflict.hide();
        groups.forEach(g -> g.saved(now));
        saveState.setText("Saved");
        saveState.getElement().setAttribute("data-state", "saved");
        Announcer.announce("Saved");
    }

    @Override
    public void invalid(Map<String, String> errors) {
        if (!ESSENTIAL.containsAll(errors.keySet())) {
            // a message next to a hidden field would go unseen
            showMore(true);
        }
        errors.forEach((field, message) -> groups.stream().anyMatch(g -> g.showError(field, message)));
        var first = errors.values().iterator().next();
        saveState.setText("Not saved: " + first);
        saveState.getElement().setAttribute("data-state", "error");
        Announcer.announce("Not saved: " + first);
    }

    @Override
    public void conflict(TaskDetails theirs) {
        conflict.show(theirs.title());
        saveState.setText("Not saved: changed elsewhere");
        saveState.getElement().setAttribute("data-state", "conflict");
        Announcer.announce("Not saved: this task was changed elsewhere. Choose keep mine or take theirs.");
    }

    private void keepMine() {
        session.keepMine();
    }

    private void takeTheirs() {
        var theirs = session.takeTheirs();
        conflict.hide();
        groups.forEach(FieldGroup::clearErrors);
        groups.forEach(g -> g.show(theirs));
        saveState.setText("Showing the version saved elsewhere");
        saveState.getElement().setAttribute("data-state", "saved");
        Announcer.announce("Showing the version saved elsewhere");
        core.title.focus();
    }
}
