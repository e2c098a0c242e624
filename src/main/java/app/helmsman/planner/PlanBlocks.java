package app.helmsman.planner;

import app.helmsman.planner.engine.DayPlan;
import app.helmsman.planner.engine.PlanInput;
import app.helmsman.planner.engine.PlanInput.Level;
import app.helmsman.tasks.Energy;
import app.helmsman.tasks.TaskView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** From tasks to the engine's candidates and from the engine's blocks to stored ones; the words of a plan's changes. */
final class PlanBlocks {

    private PlanBlocks() {
    }

    static TodayPlan.Block block(DayPlan.Block b) {
        return new TodayPlan.Block(b.blockId(), b.taskId(), b.title(), b.start(), b.end(), false, b.guessed(), b.chunk(), b.chunks(), b.reason());
    }

    static PlanInput.Candidate candidate(TaskView t, boolean chosen) {
        var kind = t.focus() == null ? null : switch (t.focus()) {
            case CREATIVE -> PlanInput.Kind.CREATIVE;
            case TECHNICAL -> PlanInput.Kind.DEEP;
            case ADMINISTRATIVE -> PlanInput.Kind.ADMIN;
            case SOCIAL -> PlanInput.Kind.SOCIAL;
        };
        var level = t.energy() == null ? null : t.energy() == Energy.HIGH ? Level.HIGH : t.energy() == Energy.LOW ? Level.LOW : Level.MEDIUM;
        return new PlanInput.Candidate(t.id(), t.title(), level, kind, t.priority(), t.estimateMinutes(), t.softDeadline(), t.hardDeadline(), Set.of(),
                List.of(), chosen, t.rolledOver());
    }

    /** Why a ready task belongs in today's plan without being picked, or null when it does not press. */
    static String why(TaskView t, LocalDate day) {
        if (t.hardDeadline() != null && !t.hardDeadline().isAfter(day.plusDays(7))) {
            return "Must be done by " + dayName(t.hardDeadline(), day);
        }
        if (t.softDeadline() != null && !t.softDeadline().isAfter(day.plusDays(3))) {
            return "Due " + dayName(t.softDeadline(), day);
        }
        if (t.rolledOver()) {
            return "Carried over";
        }
        if (t.doDate() != null && t.doDate().equals(day)) {
            return "Planned for today";
        }
        if (t.priority() == 1) {
            return "Priority 1";
        }
        return null;
    }

    static String dayName(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return "today";
        }
        if (date.equals(today.plusDays(1))) {
            return "tomorrow";
        }
        if (date.isAfter(today) && date.isBefore(today.plusDays(7))) {
            return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    static List<TodayPlan.Block> pinnedOnly(List<TodayPlan.Block> blocks) {
        return blocks.stream().filter(TodayPlan.Block::pinned).toList();
    }

    static List<TodayPlan.Block> freshTitles(List<TodayPlan.Block> blocks, List<TaskView> ready) {
        var titles = new HashMap<UUID, String>();
        ready.forEach(t -> titles.put(t.id(), t.title()));
        return blocks.stream().map(b -> titles.containsKey(b.taskId()) && !titles.get(b.taskId()).equals(b.title())
                ? new TodayPlan.Block(b.blockId(), b.taskId(), titles.get(b.taskId()), b.start(), b.end(), b.pinned(), b.guessed(), b.chunk(), b.chunks(),
                b.reason()) : b).toList();
    }

    static TodayPlan.Block find(List<TodayPlan.Block> blocks, UUID blockId) {
        return blocks.stream().filter(b -> b.blockId().equals(blockId)).findFirst().orElseThrow(PlanBlockNotFoundException::new);
    }

    static TodayPlan.Block withPin(TodayPlan.Block b, boolean pinned) {
        return new TodayPlan.Block(b.blockId(), b.taskId(), b.title(), b.start(), b.end(), pinned, b.guessed(), b.chunk(), b.chunks(),
                pinned ? "Pinned by you at this time." : b.reason());
    }

    static boolean sameBlocks(List<TodayPlan.Block> a, List<TodayPlan.Block> b) {
        return new HashSet<>(a).equals(new HashSet<>(b));
    }

    /** Blocks that are new or start at another time than before. */
    static int moved(List<TodayPlan.Block> before, List<TodayPlan.Block> after) {
        var starts = new HashMap<UUID, Instant>();
        before.forEach(b -> starts.put(b.blockId(), b.start()));
        return (int) after.stream().filter(b -> !b.start().equals(starts.get(b.blockId()))).count();
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
