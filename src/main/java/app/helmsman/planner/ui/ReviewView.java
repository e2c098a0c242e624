package app.helmsman.planner.ui;

import app.helmsman.shared.ui.Undo;
import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.live.LiveUpdates;
import app.helmsman.planner.DayReflectionService;
import app.helmsman.planner.ReflectionRejectedException;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.Keys;
import app.helmsman.tasks.NotAllowedException;
import app.helmsman.tasks.TaskBulkService;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskNotFoundException;
import app.helmsman.tasks.TaskScheduleService;
import app.helmsman.tasks.TaskValidationException;
import app.helmsman.tasks.TaskView;
import app.helmsman.tasks.When;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;

/**
 * The end-of-day review: what got done today, each task still open for today with one-click (or one-key) moves
 * (tomorrow, later this week, someday, trash), each one service call with an undo, and one optional line of
 * reflection. Calm words: nothing here counts what was not done.
 */
@Route("review")
@PageTitle("Review your day · Helmsman")
@Menu(title = "Review your day", order = 2.5)
@PermitAll
public class ReviewView extends Div {

    static final int OPEN_MAX = 100;

    private final TaskListService lists;
    private final TaskScheduleService schedule;
    private final TaskBulkService bulk;
    private final DayReflectionService reflections;
    private final LiveUpdates live;
    private final SignedInUser user;
    private final UserTimeZones zones;
    private final Clock clock;
    private final Div done = new Div();
    private final Paragraph nothingDone = new Paragraph("Nothing marked done today. Rest and small steps count too.");
    private final Div open = new Div();
    private final Paragraph nothingOpen = new Paragraph("Nothing is left open for today.");
    private final Paragraph moreInToday = new Paragraph();
    private final TextField line = new TextField("One line about today (optional)");
    private final Button saveLine = new Button("Save the line");
    private final List<Registration> registrations = new ArrayList<>();
    private final Map<UUID, Shown> rows = new HashMap<>();
    private List<UUID> openIds = List.of();

    ReviewView(TaskListService lists, TaskScheduleService schedule, TaskBulkService bulk, DayReflectionService reflections,
               LiveUpdates live, SignedInUser user, UserTimeZones zones, Clock clock) {
        this.lists = lists;
        this.schedule = schedule;
        this.bulk = bulk;
        this.reflections = reflections;
        this.live = live;
        this.user = user;
        this.zones = zones;
        this.clock = clock;
        addClassNames("hm-list-view", "hm-review");
        var intro = new Paragraph("A calm look back: what you did, and a good place for the rest.");
        intro.addClassName("hm-muted");
        var header = new Div(new H1("Review your day"), intro);
        header.addClassName("hm-view-header");

        done.addClassName("hm-review-done");
        done.getElement().setAttribute("role", "list");
        done.getElement().setAttribute("aria-label", "Done today");
        open.addClassName("hm-review-open");
        open.getElement().setAttribute("role", "list");
        open.getElement().setAttribute("aria-label", "Still open for today");
        nothingDone.addClassName("hm-empty-state");
        nothingOpen.addClassName("hm-empty-state");
        moreInToday.addClassName("hm-muted");
        var keys = new Paragraph("On a task's buttons: o tomorrow, l later this week, d someday, Delete trash.");
        keys.addClassName("hm-muted");

        line.setMaxLength(DayReflectionService.MAX_LENGTH);
        line.setHelperText("Private to you, one per day, at most " + DayReflectionService.MAX_LENGTH + " characters.");
        line.setWidthFull();
        line.setClearButtonVisible(true);
        saveLine.addClickListener(e -> saveLine());
        line.getElement().addEventListener("keydown", e -> saveLine()).setFilter("event.key === 'Enter'");
        var reflection = new Div(new H2("A line for today"), line, saveLine);
        reflection.addClassName("hm-review-reflection");

        add(header, new H2("Done today"), done, nothingDone, new H2("Still open for today"), keys, open, nothingOpen, moreInToday,
                reflection);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        line.setValue(reflections.today().text());
        registrations.add(live.subscribe(event.getUI(), user.requireId(), Set.of("tasks", "projects"), hints -> refresh()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    /** Reads both lists again. */
    void refresh() {
        var finished = lists.doneToday();
        done.removeAll();
        finished.forEach(task -> {
            var item = new Div(new Span(task.title()));
            item.addClassName("hm-review-done-item");
            item.getElement().setAttribute("role", "listitem");
            done.add(item);
        });
        done.setVisible(!finished.isEmpty());
        nothingDone.setVisible(finished.isEmpty());

        var today = today();
        var slice = lists.today(PageRequest.of(0, OPEN_MAX));
        // rows that did not change stay the same components, so focus on their buttons survives a live refresh
        var wanted = new LinkedHashMap<UUID, Div>();
        for (var task : slice.getContent()) {
            var shown = rows.get(task.id());
            wanted.put(task.id(), shown != null && task.equals(shown.task()) && today.equals(shown.today()) ? shown.row() : row(task, today));
        }
        rows.keySet().retainAll(wanted.keySet());
        var element = open.getElement();
        for (int i = element.getChildCount() - 1; i >= 0; i--) {
            var child = element.getChild(i);
            if (wanted.values().stream().noneMatch(row -> row.getElement().equals(child))) {
                element.removeChild(i);
            }
        }
        int index = 0;
        for (var row : wanted.values()) {
            if (index >= element.getChildCount() || !element.getChild(index).equals(row.getElement())) {
                element.insertChild(index, row.getElement());
            }
            index++;
        }
        var ids = new ArrayList<>(wanted.keySet());
        openIds = ids;
        open.setVisible(!ids.isEmpty());
        nothingOpen.setVisible(ids.isEmpty());
        moreInToday.setText(slice.hasNext() ? "There are more open tasks for today than fit here: the rest are in Today." : "");
        moreInToday.setVisible(slice.hasNext());
    }

    /** A row as shown, with what it was built from. */
    private record Shown(TaskView task, LocalDate today, Div row) {
    }

    private Div row(TaskView task, LocalDate today) {
        var quoted = "'" + task.title() + "'";
        var title = new Span(task.title());
        title.addClassName("hm-review-title");
        var row = new Div(title);
        if (task.rolledOver()) {
            var from = new Span("Carried over from " + app.helmsman.shared.ui.DateFormats.day(task.doDate()));
            from.addClassName("hm-chip");
            row.add(from);
        }
        var actions = new Div(
                move(task, When.TOMORROW, "Tomorrow", quoted, today),
                move(task, When.LATER_THIS_WEEK, "Later: " + When.LATER_THIS_WEEK.words(today), quoted, today),
                move(task, When.SOMEDAY, "Someday", quoted, today),
                trashButton(task, quoted));
        actions.addClassName("hm-day-review-actions");
        row.add(actions);
        row.addClassName("hm-review-row");
        row.getElement().setAttribute("role", "listitem");
        row.getElement().setAttribute("data-task-id", task.id().toString());
        Keys.plain(row, "o", () -> schedule(task, When.TOMORROW, today));
        Keys.plain(row, "l", () -> schedule(task, When.LATER_THIS_WEEK, today));
        Keys.plain(row, "d", () -> schedule(task, When.SOMEDAY, today));
        Keys.plain(row, "Delete", () -> trash(task));
        rows.put(task.id(), new Shown(task, today, row));
        return row;
    }

    private Button move(TaskView task, When when, String text, String quoted, LocalDate today) {
        var button = new Button(text, e -> schedule(task, when, today));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Move " + quoted + " to " + when.words(today));
        return button;
    }

    private Button trashButton(TaskView task, String quoted) {
        var button = new Button("Trash", e -> trash(task));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel("Move " + quoted + " to the trash");
        return button;
    }

    private void schedule(TaskView task, When when, LocalDate today) {
        int index = openIds.indexOf(task.id());
        guarded(() -> {
            var before = schedule.schedule(List.of(task.id()), when);
            changed(index);
            Undo.show("Moved '" + task.title() + "' to " + when.words(today), () -> guarded(() -> {
                schedule.restore(before);
                changed(-1);
            }));
        });
    }

    private void trash(TaskView task) {
        int index = openIds.indexOf(task.id());
        guarded(() -> {
            var trashed = bulk.trashAll(List.of(task.id()));
            changed(index);
            Undo.show("Moved '" + task.title() + "' to the trash", () -> guarded(() -> {
                bulk.restoreAll(trashed);
                changed(-1);
            }));
        });
    }

    /** Shows the lists again and, after a row left, puts focus on the row that took its place (or the line field). */
    private void changed(int index) {
        refresh();
        if (index < 0) {
            return;
        }
        var remaining = open.getChildren().toList();
        if (remaining.isEmpty()) {
            line.focus();
        } else {
            var next = (Div) remaining.get(Math.min(index, remaining.size() - 1));
            next.getChildren().filter(c -> c.hasClassName("hm-day-review-actions")).findFirst()
                    .flatMap(actions -> actions.getChildren().findFirst())
                    .ifPresent(first -> ((Button) first).focus());
        }
    }

    private void saveLine() {
        try {
            var saved = reflections.saveToday(line.getValue());
            line.setInvalid(false);
            line.setValue(saved.text());
            Announcer.announce(saved.text().isEmpty() ? "The line for today is cleared." : "Saved your line for today.");
        } catch (ReflectionRejectedException e) {
            // what was typed stays in the field
            line.setErrorMessage(e.getMessage());
            line.setInvalid(true);
            Announcer.announce(e.getMessage());
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(zones.zoneOf(user.requireId())).toLocalDate();
    }

    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (TaskNotFoundException e) {
            Announcer.announce("That task is no longer there. The review is up to date again.");
            refresh();
        } catch (NotAllowedException | TaskValidationException e) {
            Announcer.speaksFor(com.vaadin.flow.component.notification.Notification.show(e.getMessage(), 5000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START)); // said once, by the announcer below
            Announcer.announce(e.getMessage());
        }
    }
}
