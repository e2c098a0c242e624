package app.helmsman.focus.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.focus.FocusMode;
import app.helmsman.focus.FocusService;
import app.helmsman.focus.FocusSession;
import app.helmsman.focus.FocusValidationException;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.DateFormats;
import app.helmsman.shared.ui.Keys;
import app.helmsman.tasks.ChildrenOption;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskActionContribution;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskNotFoundException;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Focus (route {@code focus}, ADR 0018): one task, its next open step and a timer that lives on the server. Opened
 * with {@code ?task=<id>} it offers to start focusing on that task; a planned block links here with
 * {@code &until=<instant>} for a countdown to the block's end. Milestones are announced once each; {@code p}
 * pauses or resumes.
 */
@Route("focus")
@PageTitle("Focus · Helmsman")
@Menu(title = "Focus", order = 1.7)
@PermitAll
@StyleSheet("styles/focus.css")
public class FocusView extends Div implements BeforeEnterObserver {

    /** The label of the action "I'm stuck" runs (assist's; found in the Spring context, no dependency on it). */
    static final String BREAK_IT_DOWN = "Break it down";

    final H1 heading = new H1("Focus");
    final Paragraph status = new Paragraph();
    final Section start = new Section();
    final H2 startTitle = new H2();
    final RadioButtonGroup<FocusMode> mode = new RadioButtonGroup<>("How to time it");
    final Button startButton = new Button("Start focus");
    final Section session = new Section();
    final H2 taskTitle = new H2();
    final TimerDisplay timer = new TimerDisplay();
    final Button pauseResume = new Button("Pause");
    final Button finish = new Button("Finish");
    final Button finishDone = new Button("Finish and mark done");
    final Button stuck = new Button("I'm stuck");
    final Paragraph nextStep = new Paragraph();
    final Button stepDone = new Button("Mark this step done");
    final FocusStatsSection stats;
    final FocusSettingsSection settings;

    private final FocusService focus;
    private final TaskService tasks;
    private final TaskListService lists;
    private final LiveUpdates live;
    private final SignedInUser signedIn;
    private final UserTimeZones zones;
    private final MilestoneAlarm alarm;
    private final Clock clock;
    private final Optional<TaskActionContribution> breakItDown;
    private final Set<String> told = new HashSet<>();
    private UUID requestedTask;
    private Instant until;
    private FocusSession current;
    private TaskView step;
    private Registration liveRegistration;
    private Registration alarmRegistration;

    FocusView(FocusService focus, TaskService tasks, TaskListService lists, LiveUpdates live, SignedInUser signedIn, MilestoneAlarm alarm,
              Clock clock, ApplicationContext context, UserTimeZones zones) {
        this.zones = zones;
        this.focus = focus;
        this.tasks = tasks;
        this.lists = lists;
        this.live = live;
        this.signedIn = signedIn;
        this.alarm = alarm;
        this.clock = clock;
        this.breakItDown = context.getBeansOfType(TaskActionContribution.class).values().stream()
                .filter(a -> BREAK_IT_DOWN.equals(a.label())).findFirst();
        this.stats = new FocusStatsSection(focus);
        this.settings = new FocusSettingsSection(focus);
        addClassName("hm-focus");

        status.addClassName("hm-muted");
        mode.setItems(FocusMode.POMODORO, FocusMode.FLOWTIME);
        mode.setItemLabelGenerator(this::modeLabel);
        startButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        startButton.addClickListener(e -> start());
        start.addClassName("hm-focus-start");
        start.add(startTitle, mode, startButton);

        pauseResume.addClickListener(e -> pauseOrResume());
        pauseResume.getElement().setAttribute("aria-keyshortcuts", "p");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finish.addClickListener(e -> finish(false));
        finishDone.addClickListener(e -> finish(true));
        stuck.addClickListener(e -> breakItDown.ifPresent(action -> action.run(current.taskId(), this::refresh, stuck::focus)));
        stuck.setVisible(breakItDown.isPresent());
        stepDone.addClickListener(e -> completeStep());
        var actions = new Div(pauseResume, finish, finishDone, stuck);
        actions.addClassName("hm-form-actions");
        var steps = new Div(nextStep, stepDone);
        steps.addClassName("hm-focus-step");
        session.addClassName("hm-focus-session");
        session.getElement().setAttribute("aria-labelledby", "hm-focus-task");
        taskTitle.setId("hm-focus-task");
        session.add(taskTitle, timer, steps, actions);

        add(heading, status, start, session, stats, settings);
        Keys.plain(this, "p", this::pauseOrResume);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        requestedTask = parameters.getSingleParameter("task").map(FocusView::uuid).orElse(null);
        until = parameters.getSingleParameter("until").map(FocusView::instant).orElse(null);
        if (parameters.getSingleParameter("task").isPresent() && requestedTask == null) {
            status.setText("That link does not name a task. Open a task and choose Focus on this.");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        signedIn.id().ifPresent(owner -> liveRegistration = live.subscribe(ui, owner, Set.of(FocusService.LIVE_TOPIC, "tasks"), hints -> refresh()));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
        cancelAlarm();
    }

    /** Re-reads the session (the server's truth) and shows it. */
    void refresh() {
        var before = current;
        current = focus.current().orElse(null);
        var now = clock.instant();
        if (current != null && (before == null || !before.id().equals(current.id()))) {
            // milestones that passed before this window showed the session are not news
            current.milestones().stream().filter(m -> !m.at().isAfter(now)).forEach(m -> told.add(m.key()));
        }
        showStart(now);
        showSession(now);
        stats.refresh();
        scheduleNextMilestone();
    }

    private void showStart(Instant now) {
        var offer = requestedTask != null && (current == null || !current.taskId().equals(requestedTask));
        start.setVisible(false);
        if (!offer) {
            if (current == null && requestedTask == null && status.getText().isEmpty()) {
                status.setText("Nothing to focus on right now. Open a task and choose Focus on this, or press f on a task in a list.");
            }
            return;
        }
        try {
            var task = tasks.get(requestedTask);
            if (task.status() == Status.DONE || task.deletedAt() != null) {
                status.setText("'" + task.title() + "' is " + (task.status() == Status.DONE ? "done already." : "in the trash."));
                return;
            }
            startTitle.setText(task.title());
            var modes = until != null && until.isAfter(now) ? List.of(FocusMode.COUNTDOWN, FocusMode.POMODORO, FocusMode.FLOWTIME)
                    : List.of(FocusMode.POMODORO, FocusMode.FLOWTIME);
            if (!modes.equals(mode.getListDataView().getItems().toList())) {
                mode.setItems(modes);
                mode.setValue(modes.getFirst());
            }
            if (mode.getValue() == null) {
                mode.setValue(modes.getFirst());
            }
            status.setText(current == null ? "" : "Starting finishes your focus on '" + current.taskTitle() + "' and adds its time to it.");
            start.setVisible(true);
        } catch (TaskNotFoundException e) {
            status.setText("That task does not exist, or it is not yours.");
        }
    }

    private void showSession(Instant now) {
        session.setVisible(current != null);
        if (current == null) {
            return;
        }
        if (requestedTask == null || current.taskId().equals(requestedTask)) {
            status.setText(modeLabel(current.mode()) + (current.paused() ? ", paused" : ""));
        }
        taskTitle.setText(current.taskTitle());
        timer.show(current, now);
        pauseResume.setText(current.paused() ? "Resume" : "Pause");
        step = null;
        try {
            taskTitle.setText(tasks.get(current.taskId()).title());
            step = lists.subtasks(current.taskId()).stream().filter(t -> t.status() != Status.DONE && t.deletedAt() == null).findFirst()
                    .orElse(null);
        } catch (TaskNotFoundException e) {
            // the task went away (or out of reach): the timer still shows and can be finished
        }
        nextStep.setText(step == null ? "No open steps. Break it down if it feels too big." : "Next step: " + step.title());
        stepDone.setVisible(step != null);
        finishDone.setVisible(step == null);
    }

    private String modeLabel(FocusMode m) {
        if (current == null || requestedTask != null) {
            var settingsNow = settings.current();
            return switch (m) {
                case POMODORO -> "Pomodoro: " + settingsNow.focusMinutes() + " minutes, then a " + settingsNow.breakMinutes() + "-minute break";
                case FLOWTIME -> "Flowtime: counts up; take a break when you like";
                case COUNTDOWN -> "Countdown to " + (until == null ? "the end" : DateFormats.time(until.atZone(zone()).toLocalTime()));
            };
        }
        return m.label();
    }

    void start() {
        try {
            var started = focus.start(requestedTask, mode.getValue(), until);
            requestedTask = null;
            refresh();
            Announcer.announce("Focus started on '" + started.taskTitle() + "'. " + started.inWords(clock.instant()) + ".");
            pauseResume.focus();
        } catch (FocusValidationException e) {
            status.setText(e.getMessage());
            Announcer.announce(e.getMessage());
        } catch (TaskNotFoundException e) {
            status.setText("That task does not exist, or it is not yours.");
            Announcer.announce(status.getText());
        }
    }

    void pauseOrResume() {
        if (current == null) {
            return;
        }
        if (current.paused()) {
            focus.resume();
            refresh();
            Announcer.announce("Back to focus.");
        } else {
            focus.pause();
            refresh();
            Announcer.announce(current == null ? "Paused." : "Paused. A break of about " + FocusSession.minutes(current.suggestedBreak()) + " suits.");
        }
    }

    void finish(boolean done) {
        if (current == null) {
            return;
        }
        var title = current.taskTitle();
        String message;
        try {
            var ended = focus.finish(done);
            message = ended.map(end -> end.minutes() == 0 ? "Focus finished." : "Focus finished: "
                    + FocusSession.minutes(Duration.ofMinutes(end.minutes())) + " added to '" + title + "'.").orElse("Focus had already finished.");
            if (done && ended.isPresent()) {
                message += " '" + title + "' is done.";
            }
        } catch (TaskNotFoundException e) {
            focus.abandon();
            message = "Focus finished. The task is no longer yours to change, so no time was added.";
        }
        refresh();
        status.setText(message);
        Announcer.announce(message);
        heading.getElement().executeJs("this.setAttribute('tabindex', '-1'); this.focus()");
    }

    void completeStep() {
        if (step == null) {
            return;
        }
        var title = step.title();
        tasks.complete(step.id(), ChildrenOption.LEAVE_CHILDREN_OPEN);
        refresh();
        Announcer.announce("'" + title + "' done." + (step == null ? "" : " Next step: " + step.title() + "."));
        (step == null ? finish : stepDone).focus();
    }

    /** Announces the milestones whose time has come (once each) and waits for the next one. */
    void checkMilestones() {
        if (current == null) {
            return;
        }
        var now = clock.instant();
        var due = current.milestones().stream().filter(m -> !m.at().isAfter(now) && !told.contains(m.key())).toList();
        due.forEach(m -> told.add(m.key()));
        if (!due.isEmpty()) {
            Announcer.announce(due.getLast().message());
            status.setText(due.getLast().message());
        }
        scheduleNextMilestone();
    }

    private void scheduleNextMilestone() {
        cancelAlarm();
        if (current == null) {
            return;
        }
        getUI().ifPresent(ui -> current.milestones().stream().filter(m -> !told.contains(m.key())).findFirst()
                .ifPresent(next -> alarmRegistration = alarm.at(ui, next.at(), this::checkMilestones)));
    }

    private void cancelAlarm() {
        if (alarmRegistration != null) {
            alarmRegistration.remove();
            alarmRegistration = null;
        }
    }

    private java.time.ZoneId zone() {
        return signedIn.id().map(zones::zoneOf).orElse(java.time.ZoneOffset.UTC);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
