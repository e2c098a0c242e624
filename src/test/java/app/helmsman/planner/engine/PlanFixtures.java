package app.helmsman.planner.engine;

import app.helmsman.planner.engine.PlanInput.BreakPolicy;
import app.helmsman.planner.engine.PlanInput.Busy;
import app.helmsman.planner.engine.PlanInput.Candidate;
import app.helmsman.planner.engine.PlanInput.Capacity;
import app.helmsman.planner.engine.PlanInput.Kind;
import app.helmsman.planner.engine.PlanInput.Level;
import app.helmsman.planner.engine.PlanInput.Pinned;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Builds planner inputs for tests: a working day 09:00-17:00 in Berlin, medium energy, no breaks, roomy capacity. */
final class PlanFixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private PlanFixtures() {
    }

    static UUID id(String title) {
        return UUID.nameUUIDFromBytes(title.getBytes(StandardCharsets.UTF_8));
    }

    static Day day() {
        return new Day();
    }

    static Task task(String title) {
        return new Task(title);
    }

    static EnergyProfile energy(Level all) {
        return new EnergyProfile(Collections.nCopies(24, all));
    }

    /** Medium all day, except the hours given. */
    static EnergyProfile energy(Level level, int fromHour, int toHour, Level other, int otherFrom, int otherTo) {
        var hours = new ArrayList<>(Collections.nCopies(24, Level.MEDIUM));
        for (int h = fromHour; h < toHour; h++) {
            hours.set(h, level);
        }
        for (int h = otherFrom; h < otherTo; h++) {
            hours.set(h, other);
        }
        return new EnergyProfile(hours);
    }

    static final class Day {
        LocalDate day = MONDAY;
        ZoneId zone = BERLIN;
        Instant now;
        LocalTime workStart = LocalTime.of(9, 0);
        LocalTime workEnd = LocalTime.of(17, 0);
        EnergyProfile energy = PlanFixtures.energy(Level.MEDIUM);
        int breaks;
        int maxMinutes = 24 * 60;
        int maxTasks = 100;
        int maxChunk = 90;
        int defaultEstimate = 30;
        final List<Candidate> candidates = new ArrayList<>();
        final List<Busy> busy = new ArrayList<>();
        final List<Pinned> pinned = new ArrayList<>();

        Day on(LocalDate day, ZoneId zone) {
            this.day = day;
            this.zone = zone;
            return this;
        }

        Day hours(String from, String to) {
            workStart = LocalTime.parse(from);
            workEnd = LocalTime.parse(to);
            return this;
        }

        Day now(String localTime) {
            now = at(localTime);
            return this;
        }

        Day energy(EnergyProfile profile) {
            energy = profile;
            return this;
        }

        Day breaks(int minutes) {
            breaks = minutes;
            return this;
        }

        Day capacity(int minutes, int tasks) {
            maxMinutes = minutes;
            maxTasks = tasks;
            return this;
        }

        Day maxChunk(int minutes) {
            maxChunk = minutes;
            return this;
        }

        Day tasks(Task... tasks) {
            Arrays.stream(tasks).map(Task::candidate).forEach(candidates::add);
            return this;
        }

        Day busy(String from, String to) {
            busy.add(new Busy(at(from), at(to), "Meeting " + from));
            return this;
        }

        Day busy(Instant from, Instant to) {
            busy.add(new Busy(from, to, "Event"));
            return this;
        }

        Day pin(String title, String from, String to) {
            pinned.add(new Pinned(UUID.nameUUIDFromBytes(("pin " + title + from).getBytes(StandardCharsets.UTF_8)), id(title), title, at(from), at(to)));
            return this;
        }

        Instant at(String localTime) {
            return day.atTime(LocalTime.parse(localTime)).atZone(zone).toInstant();
        }

        PlanInput input() {
            return new PlanInput(day, zone, now == null ? day.atStartOfDay(zone).toInstant() : now, workStart, workEnd, energy,
                    new BreakPolicy(breaks), new Capacity(maxMinutes, maxTasks), maxChunk, defaultEstimate, candidates, busy, pinned);
        }

        DayPlan plan() {
            return new DayPlanner().plan(input());
        }
    }

    static final class Task {
        final String title;
        Level energy;
        Kind kind;
        int priority = 3;
        Integer estimate;
        LocalDate soft;
        LocalDate hard;
        final List<UUID> blockedBy = new ArrayList<>();
        final List<String> blockerTitles = new ArrayList<>();
        boolean chosen;
        boolean carriedOver;

        Task(String title) {
            this.title = title;
        }

        Task minutes(int minutes) {
            estimate = minutes;
            return this;
        }

        Task energy(Level level) {
            energy = level;
            return this;
        }

        Task kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        Task priority(int priority) {
            this.priority = priority;
            return this;
        }

        Task due(LocalDate day) {
            hard = day;
            return this;
        }

        Task aimingFor(LocalDate day) {
            soft = day;
            return this;
        }

        /** Waits for another candidate. */
        Task after(String title) {
            blockedBy.add(id(title));
            return this;
        }

        /** Waits for a task that is not a candidate. */
        Task waitingFor(String title) {
            blockedBy.add(id(title));
            blockerTitles.add(title);
            return this;
        }

        Task chosen() {
            chosen = true;
            return this;
        }

        Task carriedOver() {
            carriedOver = true;
            return this;
        }

        Candidate candidate() {
            return new Candidate(id(title), title, energy, kind, priority, estimate, soft, hard, Set.copyOf(blockedBy), blockerTitles, chosen,
                    carriedOver);
        }
    }
}
