package app.helmsman.planner.ui;

import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import app.helmsman.accounts.SignedInUser;
import app.helmsman.planner.DayEnergy;
import app.helmsman.planner.PlanBlockNotFoundException;
import app.helmsman.planner.PlannerService;
import app.helmsman.planner.TodayPlan;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.OpenSubtasksException;
import app.helmsman.tasks.TaskNotFoundException;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Today as a plan: a timeline of the day's blocks and calendar commitments (an accessible list with times, and a
 * visual day column beside it that screen readers skip), the current block marked in words, each block's reason
 * and actions, and what is not planned today with reasons. The task list of today stays at {@code today/list}.
 */
@Route("")
@PageTitle("Today · Helmsman")
@Menu(title = "Today", order = 0)
@PermitAll
public class PlanView extends Div {

    static final String TOPIC = "plan";

    final PlannerService planner;
    private final TaskService tasks;
    private final LiveUpdates live;
    private final SignedInUser signedIn;
    final Paragraph summary = new Paragraph();
    final Button planMyDay = new Button("Plan my day");
    final Button accept = new Button("Accept plan");
    final Button lowDay = new Button("Low day");
    final OrderedList timeline = new OrderedList();
    final Div column = new Div();
    final UnorderedList notToday = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private final Section notTodaySection;
    private TodayPlan plan;
    private TodayPlan before;
    private Registration subscription;

    PlanView(PlannerService planner, TaskService tasks, LiveUpdates live, SignedInUser signedIn) {
        this.planner = planner;
        this.tasks = tasks;
        this.live = live;
        this.signedIn = signedIn;
        addClassName("hm-plan-view");

        var header = new Div(new H1("Today"), summary);
        header.addClassName("hm-view-header");
        summary.addClassName("hm-muted");

        planMyDay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        planMyDay.addClickListener(e -> new PlanMyDayDialog(planner, changed -> {
            show(changed);
            Announcer.announce("Today's plan accepted: " + blocks(changed.blocks().size()) + ".");
        }, planMyDay).open());
        accept.addClickListener(e -> act(() -> planner.accept(), p -> "Today's plan accepted: " + blocks(p.blocks().size()) + "."));
        lowDay.getElement().setAttribute("aria-pressed", "false");
        lowDay.addClickListener(e -> act(() -> planner.setEnergy(plan.energy() == DayEnergy.LOW ? DayEnergy.NORMAL : DayEnergy.LOW),
                p -> p.energy() == DayEnergy.LOW ? "Low day: the plan is lighter." : "Normal day: the plan is back to normal."));
        var settings = new RouterLink("Planner settings", PlannerSettingsView.class);
        var list = new Anchor("today/list", "Today's task list");
        var actions = new Div(planMyDay, accept, lowDay, settings, list);
        actions.addClassName("hm-plan-actions");

        var timelineHeading = new H2("Timeline");
        timelineHeading.setId("plan-timeline-heading");
        timeline.getElement().setAttribute("aria-labelledby", "plan-timeline-heading");
        timeline.addClassName("hm-plan-timeline");
        column.addClassName("hm-plan-column");
        column.getElement().setAttribute("aria-hidden", "true");
        empty.addClassName("hm-empty-state");
        var listSide = new Div(timelineHeading, empty, timeline);
        listSide.addClassName("hm-plan-list");
        var day = new Div(listSide, column);
        day.addClassName("hm-plan-day");

        var notTodayHeading = new H2("Not today");
        notTodayHeading.setId("plan-not-today-heading");
        notToday.getElement().setAttribute("aria-labelledby", "plan-not-today-heading");
        notTodaySection = new Section(notTodayHeading, new Paragraph("These wait for another day. Nothing is late here; it is simply not today."), notToday);
        notTodaySection.addClassName("hm-plan-not-today");

        add(header, actions, day, notTodaySection);
        show(planner.today());
    }

    /** Shows the plan; live updates and actions call it again (focus is put back where it was, if still there). */
    void show(TodayPlan shown) {
        this.plan = shown;
        var zone = shown.zone();
        var state = shown.accepted() ? "Accepted plan" : "Draft: nothing is fixed until you accept it";
        summary.setText(app.helmsman.shared.ui.DateFormats.longDay(shown.day()) + " · " + shown.energy().label() + " · " + Times.duration(shown.plannedMinutes()) + " planned, "
                + Times.duration(shown.freeMinutes()) + " free · " + state
                + (shown.workingDay() ? "" : " · Not one of your working days: Plan my day plans it anyway."));
        accept.setVisible(!shown.accepted() && !shown.blocks().isEmpty());
        lowDay.getElement().setAttribute("aria-pressed", Boolean.toString(shown.energy() == DayEnergy.LOW));
        lowDay.setText(shown.energy() == DayEnergy.LOW ? "Low day (on)" : "Low day");

        timeline.removeAll();
        column.removeAll();
        var current = shown.current().map(TodayPlan.Block::blockId).orElse(null);
        var entries = new ArrayList<Entry>();
        shown.blocks().forEach(b -> entries.add(new Entry(b.start(), b.end(), b, null)));
        shown.commitments().forEach(c -> entries.add(new Entry(c.start(), c.end(), null, c)));
        entries.sort(Comparator.comparing(Entry::start).thenComparing(Entry::end));
        for (var entry : entries) {
            timeline.add(entry.block() != null ? blockItem(entry.block(), zone, entry.block().blockId().equals(current), shown.now())
                    : commitmentItem(entry.commitment(), zone));
            column.add(bar(entry, shown, current));
        }
        empty.setVisible(entries.isEmpty());
        empty.setText(shown.workingDay() || shown.accepted()
                ? "Nothing is planned for the rest of today. That is fine: Plan my day picks a few things when you want."
                : "Today is not one of your working days, so nothing is planned. Plan my day plans it if you want to.");

        notToday.removeAll();
        shown.notToday().forEach(n -> {
            var item = new ListItem(new Span(n.title()), new Span(" \u2014 " + n.reason()));
            item.addClassName("hm-plan-not-today-item");
            notToday.add(item);
        });
        notTodaySection.setVisible(!shown.notToday().isEmpty());
        restoreFocus();
    }

    private record Entry(Instant start, Instant end, TodayPlan.Block block, TodayPlan.Commitment commitment) {
    }

    private Component blockItem(TodayPlan.Block b, java.time.ZoneId zone, boolean isCurrent, Instant now) {
        var time = new Span(Times.range(b.start(), b.end(), zone));
        time.addClassName("hm-plan-time");
        time.getElement().setAttribute("aria-label", Times.spokenRange(b.start(), b.end(), zone));
        var kind = new Span(isCurrent ? "Now \u00b7 Task" : "Task");
        kind.addClassName("hm-plan-kind");
        var title = new Span(b.title() + (b.chunks() > 1 ? " (part " + b.chunk() + " of " + b.chunks() + ")" : ""));
        title.addClassName("hm-plan-title");
        var flags = new ArrayList<String>();
        if (b.pinned()) {
            flags.add("Pinned");
        }
        if (b.guessed()) {
            flags.add("Estimate is a guess");
        }
        var reason = new Paragraph(b.reason() + (flags.isEmpty() ? "" : " (" + String.join(", ", flags) + ")"));
        reason.addClassName("hm-plan-reason");

        var until = b.end().isAfter(now) ? b.end() : now.plus(Duration.ofMinutes(b.minutes()));
        var focus = new Anchor("focus?task=" + b.taskId() + "&until=" + URLEncoder.encode(until.toString(), StandardCharsets.UTF_8), "Start focus");
        focus.getElement().setAttribute("aria-label", "Start focus on " + b.title());
        focus.addClassName("hm-plan-focus");
        var done = action("Done", "done", b, () -> complete(b));
        var skip = action("Skip", "skip", b, () -> act(() -> planner.skip(b.blockId()), p -> "Skipped '" + b.title() + "' for today." + moved(p)));
        var later = action("Later today", "later", b, () -> act(() -> planner.snooze(b.blockId()), p -> "Moved '" + b.title() + "' to later today." + moved(p)));
        var pin = action(b.pinned() ? "Unpin" : "Pin", "pin", b, () -> act(
                () -> b.pinned() ? planner.unpin(b.blockId()) : planner.pin(b.blockId()),
                p -> b.pinned() ? "Unpinned '" + b.title() + "'." + moved(p) : "Pinned '" + b.title() + "' at " + Times.clock(b.start(), zone) + "."));
        pin.getElement().setAttribute("aria-pressed", Boolean.toString(b.pinned()));
        var buttons = new Div(focus, done, skip, later, pin);
        buttons.addClassName("hm-plan-block-actions");

        var item = new ListItem(time, kind, title, reason, buttons);
        item.addClassName("hm-plan-block");
        if (isCurrent) {
            item.addClassName("hm-plan-current");
            item.getElement().setAttribute("aria-current", "time");
        }
        if (b.pinned()) {
            item.addClassName("hm-plan-pinned");
        }
        return item;
    }

    private Button action(String text, String key, TodayPlan.Block b, Runnable run) {
        var button = new Button(text, e -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setId("plan-" + key + "-" + b.blockId());
        button.setAriaLabel(text + ": " + b.title());
        return button;
    }

    private Component commitmentItem(TodayPlan.Commitment c, java.time.ZoneId zone) {
        var time = new Span(c.allDay() ? "All day" : Times.range(c.start(), c.end(), zone));
        time.addClassName("hm-plan-time");
        if (!c.allDay()) {
            time.getElement().setAttribute("aria-label", Times.spokenRange(c.start(), c.end(), zone));
        }
        var kind = new Span("Calendar");
        kind.addClassName("hm-plan-kind");
        var title = new Span(c.title());
        title.addClassName("hm-plan-title");
        var item = new ListItem(time, kind, title);
        item.addClassName("hm-plan-commitment");
        return item;
    }

    /** One bar of the day column, placed by time within working hours. */
    private Component bar(Entry entry, TodayPlan shown, UUID current) {
        var start = shown.day().atTime(shown.workStart()).atZone(shown.zone()).toInstant();
        var end = shown.day().atTime(shown.workEnd()).atZone(shown.zone()).toInstant();
        double total = Math.max(1, Duration.between(start, end).toMinutes());
        double top = Math.max(0, Duration.between(start, entry.start()).toMinutes()) / total * 100;
        double height = Math.max(2, Duration.between(entry.start().isBefore(start) ? start : entry.start(),
                entry.end().isAfter(end) ? end : entry.end()).toMinutes() / total * 100);
        var label = entry.block() != null ? entry.block().title() : entry.commitment().title();
        var bar = new Div(new Span(label));
        bar.addClassName(entry.block() != null ? "hm-plan-bar-block" : "hm-plan-bar-commitment");
        if (entry.block() != null && entry.block().blockId().equals(current)) {
            bar.addClassName("hm-plan-bar-current");
        }
        bar.getStyle().set("top", Math.min(98, top) + "%").set("height", Math.min(100 - Math.min(98, top), height) + "%");
        return bar;
    }

    private void complete(TodayPlan.Block b) {
        try {
            tasks.complete(b.taskId(), null);
            Announcer.announce("Done: '" + b.title() + "'.");
            if (!plan.accepted()) {
                // an accepted plan is re-planned after the commit and comes back as a live hint; a draft is just re-read
                show(planner.today());
            }
        } catch (OpenSubtasksException e) {
            Announcer.speaksFor(Notification.show(e.getMessage() + " Open the task from the list to choose what happens to them.")); // said once, by the announcer below
            Announcer.announce(e.getMessage() + " Open the task from the list to choose what happens to them.");
        } catch (TaskNotFoundException e) {
            show(planner.today());
        }
    }

    private void act(java.util.function.Supplier<TodayPlan> change, Function<TodayPlan, String> message) {
        try {
            before = plan;
            var changed = change.get();
            show(changed);
            Announcer.announce(message.apply(changed));
        } catch (PlanBlockNotFoundException e) {
            show(planner.today());
            Announcer.announce(e.getMessage() + " The plan was reloaded.");
        }
    }

    /** " 2 blocks moved." for blocks that are new or start at another time than before the action; "" for none. */
    private String moved(TodayPlan changed) {
        var starts = new java.util.HashMap<UUID, Instant>();
        if (before != null) {
            before.blocks().forEach(b -> starts.put(b.blockId(), b.start()));
        }
        long n = changed.blocks().stream().filter(b -> !b.start().equals(starts.get(b.blockId()))).count();
        return n == 0 ? "" : " Plan updated: " + n + (n == 1 ? " block" : " blocks") + " moved.";
    }

    private static String blocks(int n) {
        return n + (n == 1 ? " block" : " blocks");
    }

    /** After a re-render, put focus back on the control that had it (by id), when it is still there. */
    private void restoreFocus() {
        getElement().executeJs("""
                const root = this;
                if (!root.__hmFocusTracker) {
                  root.__hmFocusTracker = true;
                  root.addEventListener('focusin', e => { const el = e.target.closest('[id]'); root.__hmLastFocus = el ? el.id : null; });
                }
                const last = root.__hmLastFocus;
                if (last && (document.activeElement === document.body || document.activeElement === null)) {
                  const el = document.getElementById(last);
                  if (el) { el.focus(); }
                }""");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        signedIn.id().ifPresent(user -> subscription = live.subscribe(ui, user, Set.of(TOPIC, "tasks"), hints -> {
            show(planner.today());
            hints.stream().filter(h -> TOPIC.equals(h.topic())).map(LiveHint::summary).filter(s -> !s.isBlank()).reduce((a, b) -> b)
                    .ifPresent(s -> Announcer.announce(ui, s));
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    TodayPlan plan() {
        return plan;
    }

    List<Component> items() {
        return timeline.getChildren().toList();
    }
}
