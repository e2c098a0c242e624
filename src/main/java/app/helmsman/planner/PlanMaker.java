package app.helmsman.planner;

import app.helmsman.accounts.UserSettings.EnergyPeak;
import app.helmsman.accounts.UserWorkingHours;
import app.helmsman.accounts.UserWorkingHours.WorkingHours;
import app.helmsman.live.LiveHint;
import app.helmsman.planner.engine.DayPlanner;
import app.helmsman.planner.engine.EnergyProfile;
import app.helmsman.planner.engine.PlanInput;
import app.helmsman.planner.engine.PlanInput.Level;
import app.helmsman.planner.internal.PlanStore;
import app.helmsman.planner.internal.PlanStore.Choice;
import app.helmsman.planner.internal.PlanStore.TaskChoice;
import app.helmsman.tasks.PlanningTasks;
import app.helmsman.tasks.TaskView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How a person's plan of today is made, kept and re-made (ADR 0014). The callers own the transaction and have
 * decided whose plan it is: {@link PlannerService} the signed-in person's, {@link PlannerListeners} the plan's owner.
 */
@Component
class PlanMaker {

    /** The live topic of plan changes. */
    static final String TOPIC = "plan";
    /** Most ready tasks the planner looks at. */
    static final int CANDIDATE_LIMIT = 500;
    /** Tasks a day starts from when nothing is due, planned or picked: the most important ready ones. */
    static final int DEFAULT_PICKS = 12;
    /** How long "later" is when a block is snoozed. */
    static final Duration SNOOZE = Duration.ofHours(1);
    /** Most picks in one Plan my day. */
    static final int MAX_PICKS = 100;

    private final PlanStore store;
    private final PlanningTasks tasks;
    private final UserWorkingHours workingHours;
    private final ObjectProvider<BusyTimeSource> busySources;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DayPlanner engine = new DayPlanner();

    PlanMaker(PlanStore store, PlanningTasks tasks, UserWorkingHours workingHours, ObjectProvider<BusyTimeSource> busySources, Clock clock,
              ApplicationEventPublisher events) {
        this.store = store;
        this.tasks = tasks;
        this.workingHours = workingHours;
        this.busySources = busySources;
        this.clock = clock;
        this.events = events;
    }

    /** Everything one planning needs, read once. */
    record Context(UUID user, LocalDate day, ZoneId zone, Instant now, WorkingHours hours, PlanPreferences preferences, List<TaskView> ready,
                   List<TodayPlan.Commitment> commitments) {

        Set<UUID> readyIds() {
            return ready.stream().map(TaskView::id).collect(Collectors.toSet());
        }

        boolean workingDay() {
            return preferences.workingDays().contains(day.getDayOfWeek());
        }
    }

    private record Made(List<TodayPlan.Block> blocks, List<TodayPlan.NotToday> notToday, int freeMinutes) {
    }

    // ------------------------------------------------------------------ reading

    Context context(UUID user) {
        var hours = workingHours.of(user);
        var now = clock.instant();
        var day = now.atZone(hours.zone()).toLocalDate();
        var from = day.atStartOfDay(hours.zone()).toInstant();
        var to = day.plusDays(1).atStartOfDay(hours.zone()).toInstant();
        var commitments = busySources.orderedStream().flatMap(s -> s.busy(user, from, to).stream())
                .filter(b -> b.end().isAfter(b.start()))
                .map(b -> new TodayPlan.Commitment(b.start(), b.end(), b.title() == null ? "Busy" : b.title(), b.allDay()))
                .sorted(Comparator.comparing(TodayPlan.Commitment::start).thenComparing(TodayPlan.Commitment::end)).toList();
        return new Context(user, day, hours.zone(), now, hours, preferences(user, hours.energyPeak()), tasks.ready(user, CANDIDATE_LIMIT),
                commitments);
    }

    PlanPreferences preferences(UUID user, EnergyPeak peak) {
        var defaults = PlanPreferences.defaults(profileFor(peak));
        return store.preferences(user).map(p -> new PlanPreferences(p.energyProfile() == null ? defaults.energy() : PlanStore.profile(p.energyProfile()),
                p.energyProfile() != null, PlanStore.days(p.workingDays()), p.breakMinutes(), p.capacityMinutes(), p.capacityTasks(),
                p.maxChunkMinutes(), p.defaultEstimateMinutes())).orElse(defaults);
    }

    PlanPreferences preferences(UUID user) {
        return preferences(user, workingHours.of(user).energyPeak());
    }

    /** The energy profile a peak suggests: low at night, medium by day, high in the peak's four hours. */
    static List<Level> profileFor(EnergyPeak peak) {
        int first = switch (peak) {
            case MORNING -> 8;
            case AFTERNOON -> 13;
            case EVENING -> 18;
        };
        var levels = new ArrayList<Level>();
        for (int h = 0; h < 24; h++) {
            levels.add(h >= first && h < first + 4 ? Level.HIGH : h >= 7 && h < 22 ? Level.MEDIUM : Level.LOW);
        }
        return levels;
    }

    /** Today's plan: the accepted one as stored, or a draft made now. */
    TodayPlan read(UUID user) {
        var ctx = context(user);
        var day = store.day(user, ctx.day());
        var energy = day.map(PlanStore.StoredDay::energy).orElse(DayEnergy.NORMAL);
        if (day.isPresent() && day.get().acceptedAt() != null) {
            var blocks = PlanBlocks.freshTitles(store.blocks(user, ctx.day()), ctx.ready());
            return plan(ctx, true, energy, blocks, store.notToday(user, ctx.day()), freeMinutes(ctx));
        }
        var made = make(ctx, energy, store.choices(user, ctx.day()), List.of());
        return plan(ctx, false, energy, made.blocks(), made.notToday(), made.freeMinutes());
    }

    /** The draft Plan my day would accept with these picks and energy; nothing is stored. */
    TodayPlan preview(UUID user, Collection<UUID> picks, DayEnergy energy) {
        var ctx = context(user);
        var choices = new ArrayList<>(store.choices(user, ctx.day()).stream().filter(c -> c.choice() != Choice.CHOSEN).toList());
        var ready = ctx.readyIds();
        picks.stream().filter(ready::contains).forEach(id -> choices.add(new TaskChoice(id, Choice.CHOSEN, null)));
        var made = make(ctx, energy, choices, PlanBlocks.pinnedOnly(store.blocks(user, ctx.day())));
        return plan(ctx, false, energy, made.blocks(), made.notToday(), made.freeMinutes());
    }

    List<PlanSuggestion> suggestions(UUID user) {
        var ctx = context(user);
        var chosen = store.choices(user, ctx.day()).stream().filter(c -> c.choice() == Choice.CHOSEN).map(TaskChoice::taskId)
                .collect(Collectors.toSet());
        var result = new ArrayList<PlanSuggestion>();
        for (var t : ctx.ready()) {
            if (t.doDate() != null && t.doDate().isAfter(ctx.day()) && !chosen.contains(t.id())) {
                continue;
            }
            var why = PlanBlocks.why(t, ctx.day());
            if (why == null && !chosen.contains(t.id())) {
                continue;
            }
            boolean picked = chosen.isEmpty() ? why != null : chosen.contains(t.id());
            result.add(new PlanSuggestion(t.id(), t.title(), why == null ? "Picked earlier" : why, t.estimateMinutes(), picked));
        }
        if (result.isEmpty()) {
            ctx.ready().stream().filter(t -> t.doDate() == null || !t.doDate().isAfter(ctx.day())).limit(DEFAULT_PICKS)
                    .forEach(t -> result.add(new PlanSuggestion(t.id(), t.title(), "Priority " + t.priority(), t.estimateMinutes(), false)));
        }
        return result.stream().limit(40).toList();
    }

    // ------------------------------------------------------------------ changing (callers hold a transaction)

    TodayPlan accept(UUID user, String originUi) {
        var ctx = context(user);
        var day = store.lockDay(user, ctx.day(), ctx.now());
        if (day.acceptedAt() != null) {
            return replan(ctx, day.energy(), originUi, "Plan updated");
        }
        var made = make(ctx, day.energy(), store.choices(user, ctx.day()), List.of());
        store.replaceBlocks(user, ctx.day(), made.blocks());
        store.replaceNotToday(user, ctx.day(), made.notToday());
        store.accept(user, ctx.day(), ctx.now());
        publish(ctx, made.blocks(), "Today's plan accepted: " + PlanBlocks.count(made.blocks().size(), "block") + ".", originUi);
        return plan(ctx, true, day.energy(), made.blocks(), made.notToday(), made.freeMinutes());
    }

    TodayPlan planMyDay(UUID user, Collection<UUID> picks, DayEnergy energy, String originUi) {
        var ctx = context(user);
        var day = store.lockDay(user, ctx.day(), ctx.now());
        var ready = ctx.readyIds();
        // only the person's own ready tasks can be picked: anything else is ignored, as if never sent
        store.replaceChosen(user, ctx.day(), new LinkedHashSet<>(picks.stream().filter(ready::contains).toList()));
        store.setEnergy(user, ctx.day(), energy, ctx.now());
        var blocks = day.acceptedAt() == null ? List.<TodayPlan.Block>of() : store.blocks(user, ctx.day());
        var made = make(ctx, energy, store.choices(user, ctx.day()), blocks);
        store.replaceBlocks(user, ctx.day(), made.blocks());
        store.replaceNotToday(user, ctx.day(), made.notToday());
        store.accept(user, ctx.day(), ctx.now());
        publish(ctx, made.blocks(), "Today's plan accepted: " + PlanBlocks.count(made.blocks().size(), "block") + ".", originUi);
        return plan(ctx, true, energy, made.blocks(), made.notToday(), made.freeMinutes());
    }

    TodayPlan setEnergy(UUID user, DayEnergy energy, String originUi) {
        var ctx = context(user);
        var day = store.lockDay(user, ctx.day(), ctx.now());
        store.setEnergy(user, ctx.day(), energy, ctx.now());
        if (day.acceptedAt() == null) {
            return read(user);
        }
        return replan(ctx, energy, originUi, energy == DayEnergy.LOW ? "Low day: plan made lighter" : "Normal day: plan updated");
    }

    /** Pins the block where it is (accepting the draft first when needed). */
    TodayPlan pin(UUID user, UUID blockId, boolean pinned, String originUi) {
        var ctx = acceptedContext(user, originUi);
        var blocks = store.blocks(user, ctx.day());
        var block = PlanBlocks.find(blocks, blockId);
        var changed = blocks.stream().map(b -> b.blockId().equals(blockId) ? PlanBlocks.withPin(b, pinned) : b).toList();
        store.replaceBlocks(user, ctx.day(), changed);
        if (pinned) {
            publish(ctx, changed, "", originUi);
            return read(user);
        }
        return replan(ctx, store.day(user, ctx.day()).orElseThrow().energy(), originUi, "Unpinned '" + block.title() + "'");
    }

    /** Moves the block to start at {@code start} (same length) and pins it there; the rest of the day is re-planned around it. */
    TodayPlan move(UUID user, UUID blockId, java.time.LocalTime start, String originUi) {
        var ctx = acceptedContext(user, originUi);
        var blocks = store.blocks(user, ctx.day());
        var block = PlanBlocks.find(blocks, blockId);
        var from = ctx.day().atTime(start).atZone(ctx.zone()).toInstant();
        var to = from.plus(Duration.between(block.start(), block.end()));
        var end = ctx.day().atTime(ctx.hours().end()).atZone(ctx.zone()).toInstant();
        var begin = ctx.day().atTime(ctx.hours().start()).atZone(ctx.zone()).toInstant();
        if (from.isBefore(begin) || to.isAfter(end)) {
            throw new PlannerValidationException(Map.of("start", "Choose a time inside your working hours (" + ctx.hours().start() + "-"
                    + ctx.hours().end() + ") for the whole " + block.minutes() + " minutes."));
        }
        for (var c : ctx.commitments()) {
            if (c.start().isBefore(to) && c.end().isAfter(from)) {
                throw new PlannerValidationException(Map.of("start", "That time overlaps '" + c.title() + "'. Choose another time."));
            }
        }
        for (var b : blocks) {
            if (!b.blockId().equals(blockId) && b.pinned() && b.start().isBefore(to) && b.end().isAfter(from)) {
                throw new PlannerValidationException(Map.of("start", "That time overlaps the pinned block '" + b.title() + "'. Choose another time."));
            }
        }
        var moved = new TodayPlan.Block(block.blockId(), block.taskId(), block.title(), from, to, true, block.guessed(), block.chunk(), block.chunks(),
                "Pinned by you at this time.");
        store.replaceBlocks(user, ctx.day(), blocks.stream().map(b -> b.blockId().equals(blockId) ? moved : b).toList());
        return replan(ctx, store.day(user, ctx.day()).orElseThrow().energy(), originUi, "Moved '" + block.title() + "'");
    }

    TodayPlan skip(UUID user, UUID blockId, String originUi) {
        var ctx = acceptedContext(user, originUi);
        var block = PlanBlocks.find(store.blocks(user, ctx.day()), blockId);
        store.put(user, ctx.day(), block.taskId(), Choice.SKIPPED, null);
        return replan(ctx, store.day(user, ctx.day()).orElseThrow().energy(), originUi, "Skipped '" + block.title() + "' for today");
    }

    TodayPlan snooze(UUID user, UUID blockId, String originUi) {
        var ctx = acceptedContext(user, originUi);
        var block = PlanBlocks.find(store.blocks(user, ctx.day()), blockId);
        var until = (ctx.now().isAfter(block.start()) ? ctx.now() : block.start()).plus(SNOOZE);
        store.put(user, ctx.day(), block.taskId(), Choice.SNOOZED, until);
        // a snoozed block gives up its place, even if pinned or started
        store.replaceBlocks(user, ctx.day(), store.blocks(user, ctx.day()).stream().filter(b -> !b.taskId().equals(block.taskId())).toList());
        return replan(ctx, store.day(user, ctx.day()).orElseThrow().energy(), originUi, "Snoozed '" + block.title() + "'");
    }

    /** Re-plans the rest of the person's accepted plan of today (nothing when not accepted). For listeners. */
    void replanToday(UUID user, LocalDate onlyIfToday) {
        var ctx = context(user);
        if (onlyIfToday != null && !onlyIfToday.equals(ctx.day())) {
            return;
        }
        var day = store.lockDay(user, ctx.day(), ctx.now());
        if (day.acceptedAt() != null) {
            replan(ctx, day.energy(), null, "Plan updated");
        }
    }

    /** The calendar moved one of our blocks: it stays there, pinned, and the rest moves around it. */
    void movedInCalendar(UUID user, UUID blockId, Instant start, Instant end) {
        var ctx = context(user);
        var day = store.lockDay(user, ctx.day(), ctx.now());
        var blocks = store.blocks(user, ctx.day());
        if (day.acceptedAt() == null || blocks.stream().noneMatch(b -> b.blockId().equals(blockId)) || !end.isAfter(start)) {
            return;
        }
        var kept = new ArrayList<TodayPlan.Block>();
        for (var b : blocks) {
            if (!b.blockId().equals(blockId)) {
                kept.add(b);
            } else if (start.atZone(ctx.zone()).toLocalDate().equals(ctx.day())) {
                kept.add(new TodayPlan.Block(b.blockId(), b.taskId(), b.title(), start, end, true, b.guessed(), b.chunk(), b.chunks(),
                        "Moved by you in your calendar."));
            } else {
                store.put(user, ctx.day(), b.taskId(), Choice.SKIPPED, null);
            }
        }
        store.replaceBlocks(user, ctx.day(), kept);
        replan(ctx, day.energy(), null, "Plan updated");
    }

    // ------------------------------------------------------------------ the making

    private Context acceptedContext(UUID user, String originUi) {
        var ctx = context(user);
        var day = store.lockDay(user, ctx.day(), ctx.now());
        if (day.acceptedAt() == null) {
            accept(user, originUi);
        }
        return ctx;
    }

    private TodayPlan replan(Context ctx, DayEnergy energy, String originUi, String what) {
        var before = store.blocks(ctx.user(), ctx.day());
        var made = make(ctx, energy, store.choices(ctx.user(), ctx.day()), before);
        store.replaceBlocks(ctx.user(), ctx.day(), made.blocks());
        store.replaceNotToday(ctx.user(), ctx.day(), made.notToday());
        if (!PlanBlocks.sameBlocks(before, made.blocks())) {
            int moved = PlanBlocks.moved(before, made.blocks());
            var summary = moved == 0 ? what + "." : what + ". Plan updated: " + PlanBlocks.count(moved, "block") + " moved.";
            if ("Plan updated".equals(what)) {
                summary = moved == 0 ? "Plan updated." : "Plan updated: " + PlanBlocks.count(moved, "block") + " moved.";
            }
            publish(ctx, made.blocks(), summary, originUi);
        }
        return plan(ctx, true, energy, made.blocks(), made.notToday(), made.freeMinutes());
    }

    private Made make(Context ctx, DayEnergy energy, List<TaskChoice> choices, List<TodayPlan.Block> previous) {
        var now = ctx.now();
        var open = ctx.readyIds();
        // what stays: history (ended, task no longer open), the block under way, and pinned blocks still to come
        var fixed = new ArrayList<TodayPlan.Block>();
        for (var b : previous) {
            boolean ended = !b.end().isAfter(now);
            boolean running = !b.start().isAfter(now) && b.end().isAfter(now);
            if ((ended && !open.contains(b.taskId())) || (running && open.contains(b.taskId()))
                    || (b.start().isAfter(now) && b.pinned() && open.contains(b.taskId()))) {
                fixed.add(b);
            }
        }
        var fixedTasks = fixed.stream().map(TodayPlan.Block::taskId).collect(Collectors.toSet());
        var skipped = new HashSet<UUID>();
        var snoozed = new HashMap<UUID, Instant>();
        var chosen = new HashSet<UUID>();
        for (var c : choices) {
            switch (c.choice()) {
                case SKIPPED -> skipped.add(c.taskId());
                case SNOOZED -> snoozed.put(c.taskId(), c.until());
                case CHOSEN -> chosen.add(c.taskId());
            }
        }
        chosen.retainAll(open);
        var first = new ArrayList<PlanInput.Candidate>();
        var later = new ArrayList<PlanInput.Candidate>();
        var picks = ctx.ready().stream().filter(t -> !fixedTasks.contains(t.id()) && !skipped.contains(t.id())).toList();
        List<TaskView> considered;
        if (!chosen.isEmpty()) {
            considered = picks.stream().filter(t -> chosen.contains(t.id())).toList();
        } else if (!ctx.workingDay()) {
            considered = List.of();
        } else {
            considered = picks.stream().filter(t -> PlanBlocks.why(t, ctx.day()) != null).toList();
            if (considered.isEmpty()) {
                considered = picks.stream().filter(t -> t.doDate() == null || !t.doDate().isAfter(ctx.day())).limit(DEFAULT_PICKS).toList();
            }
        }
        for (var t : considered) {
            var candidate = PlanBlocks.candidate(t, chosen.contains(t.id()));
            var until = snoozed.get(t.id());
            if (until != null && until.isAfter(now)) {
                later.add(candidate);
            } else {
                first.add(candidate);
            }
        }
        var prefs = ctx.preferences();
        var levels = energy == DayEnergy.LOW ? prefs.energy().stream().map(l -> l == Level.HIGH ? Level.MEDIUM : Level.LOW).toList() : prefs.energy();
        var capacity = energy == DayEnergy.LOW
                ? new PlanInput.Capacity(Math.max(PlanPreferences.CAPACITY_MINUTES_MIN, prefs.capacityMinutes() * 6 / 10), Math.max(1, prefs.capacityTasks() * 6 / 10))
                : new PlanInput.Capacity(prefs.capacityMinutes(), prefs.capacityTasks());
        var busy = ctx.commitments().stream().map(c -> new PlanInput.Busy(c.start(), c.end(), c.title())).toList();
        var fixedById = new HashMap<UUID, TodayPlan.Block>();
        fixed.forEach(b -> fixedById.put(b.blockId(), b));
        var pinned = fixed.stream().map(b -> new PlanInput.Pinned(b.blockId(), b.taskId(), b.title(), b.start(), b.end())).toList();
        var plan = engine.plan(input(ctx, now, levels, capacity, first, busy, pinned));
        var blocks = new ArrayList<TodayPlan.Block>();
        plan.blocks().forEach(b -> blocks.add(fixedById.containsKey(b.blockId()) ? fixedById.get(b.blockId()) : PlanBlocks.block(b)));
        var notToday = new ArrayList<TodayPlan.NotToday>();
        plan.notToday().forEach(n -> notToday.add(new TodayPlan.NotToday(n.taskId(), n.title(), n.reason())));
        if (!later.isEmpty()) {
            var after = later.stream().map(c -> snoozed.get(c.taskId())).max(Comparator.naturalOrder()).orElse(now);
            var all = blocks.stream().map(b -> new PlanInput.Pinned(b.blockId(), b.taskId(), b.title(), b.start(), b.end())).toList();
            var known = blocks.stream().map(TodayPlan.Block::blockId).collect(Collectors.toSet());
            var second = engine.plan(input(ctx, after, levels, capacity, later, busy, all));
            second.blocks().stream().filter(b -> !known.contains(b.blockId())).forEach(b -> blocks.add(PlanBlocks.block(b)));
            second.notToday().forEach(n -> notToday.add(new TodayPlan.NotToday(n.taskId(), n.title(), n.reason())));
        }
        for (var id : skipped) {
            ctx.ready().stream().filter(t -> t.id().equals(id)).findFirst()
                    .ifPresent(t -> notToday.add(new TodayPlan.NotToday(t.id(), t.title(), "You skipped it for today.")));
        }
        blocks.sort(Comparator.comparing(TodayPlan.Block::start).thenComparing(TodayPlan.Block::blockId));
        return new Made(blocks, notToday, plan.freeMinutes());
    }

    private PlanInput input(Context ctx, Instant now, List<Level> levels, PlanInput.Capacity capacity, List<PlanInput.Candidate> candidates,
                            List<PlanInput.Busy> busy, List<PlanInput.Pinned> pinned) {
        var prefs = ctx.preferences();
        return new PlanInput(ctx.day(), ctx.zone(), now, ctx.hours().start(), ctx.hours().end(), new EnergyProfile(levels),
                new PlanInput.BreakPolicy(prefs.breakMinutes()), capacity, prefs.maxChunkMinutes(), prefs.defaultEstimateMinutes(), candidates, busy,
                pinned);
    }

    private int freeMinutes(Context ctx) {
        var begin = ctx.day().atTime(ctx.hours().start()).atZone(ctx.zone()).toInstant();
        var end = ctx.day().atTime(ctx.hours().end()).atZone(ctx.zone()).toInstant();
        var cursor = ctx.now().isAfter(begin) ? ctx.now() : begin;
        long free = 0;
        for (var c : ctx.commitments()) {
            if (!c.end().isAfter(cursor)) {
                continue;
            }
            if (!c.start().isBefore(end)) {
                break;
            }
            if (c.start().isAfter(cursor)) {
                free += Duration.between(cursor, c.start()).toMinutes();
            }
            cursor = c.end();
        }
        if (cursor.isBefore(end)) {
            free += Duration.between(cursor, end).toMinutes();
        }
        return (int) Math.max(0, free);
    }

    private TodayPlan plan(Context ctx, boolean accepted, DayEnergy energy, List<TodayPlan.Block> blocks, List<TodayPlan.NotToday> notToday, int free) {
        int planned = blocks.stream().filter(b -> b.end().isAfter(ctx.now())).mapToInt(TodayPlan.Block::minutes).sum();
        return new TodayPlan(ctx.day(), ctx.zone(), ctx.now(), accepted, energy, ctx.workingDay(), ctx.hours().start(), ctx.hours().end(), blocks,
                ctx.commitments(), notToday, planned, free);
    }

    private void publish(Context ctx, List<TodayPlan.Block> blocks, String summary, String originUi) {
        var planned = blocks.stream().map(b -> new PlannedBlock(b.blockId(), b.taskId(), b.title(), b.start(), b.end(), b.pinned(), b.reason())).toList();
        events.publishEvent(new DayPlanChanged(ctx.user(), ctx.day(), ctx.zone(), planned));
        events.publishEvent(LiveHint.forUser(TOPIC, ctx.user(), Set.of(), summary, originUi, ctx.now()));
    }
}
