package app.helmsman.planner.engine;

import app.helmsman.planner.engine.PlanInput.Kind;
import app.helmsman.planner.engine.PlanInput.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;

/** The reason shown next to a planned block. */
final class PlanReasons {

    private PlanReasons() {
    }

    /** One sentence of facts: the slot, why the task is here, which part it is, whether the size is a guess. */
    static String reason(PlanRun.Task task, PlanRun.Placed p, PlanRun.Task[] tasks, DayWindow time, ZoneId zone, LocalDate day) {
        var parts = new ArrayList<String>();
        int hour = Instant.ofEpochSecond(p.start() * 60).atZone(zone).getHour();
        String when = PlanWords.partOfDay(hour);
        long length = p.end() - p.start();
        if (task.prefers != null && 2 * time.wishedMinutes(task.prefers, p.start(), p.end()) >= length) {
            if (task.prefers == Level.HIGH) {
                parts.add("high-energy " + when + " slot");
            } else {
                String suits = task.c.kind() == Kind.ADMIN ? "admin" : task.c.kind() == Kind.SOCIAL ? "calls and people" : "lighter work";
                parts.add("low-energy " + when + " slot, good for " + suits);
            }
        }
        if (task.c.chosen()) {
            parts.add("chosen for today");
        }
        String deadline = PlanWords.deadline(task.c, day);
        if (deadline != null) {
            parts.add(deadline);
        }
        if (task.c.priority() <= 1) {
            parts.add("priority 1");
        }
        if (task.c.carriedOver()) {
            parts.add("carried over from an earlier day");
        }
        if (p.chunk() == 1 && task.blockers.length > 0) {
            parts.add("after " + PlanWords.titles(Arrays.stream(task.blockers).mapToObj(b -> tasks[b].c.title()).toList()));
        }
        if (parts.isEmpty()) {
            parts.add("free time this " + when);
        }
        if (p.chunks() > 1) {
            parts.add("part " + p.chunk() + " of " + p.chunks());
        }
        if (task.guessed) {
            parts.add("estimate guessed (" + PlanWords.duration(task.estimate) + ")");
        }
        return PlanWords.sentence(parts);
    }
}
