package app.helmsman.planner.engine;

import app.helmsman.planner.engine.PlanInput.Candidate;
import app.helmsman.planner.engine.PlanInput.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Plans one day (see issue 14): blocks sized to estimates, long tasks split into chunks of at most
 * {@link PlanInput#maxChunkMinutes()}, blockers before the tasks they block, HIGH-energy work in high-energy hours
 * and ADMIN or SOCIAL work in low ones, a break after each block, never overlapping a commitment, a pinned block
 * or another block, inside working hours and after {@link PlanInput#now()}; every hard deadline that can still
 * be met is met; the capacity is never exceeded. Deterministic: the same input gives the same plan. Thread-safe
 * and without state; no Spring.
 *
 * <p>This body is the planner-app branch's simple greedy stand-in (earliest free slot, most urgent first) so the
 * service and views can be built and tested; the planner-engine branch's implementation replaces it.
 */
public final class DayPlanner {

    private record Slot(Instant start, Instant end) {
    }

    public DayPlan plan(PlanInput input) {
        var zone = input.zone();
        var windowStart = input.day().atTime(input.workStart()).atZone(zone).toInstant();
        var windowEnd = input.day().atTime(input.workEnd()).atZone(zone).toInstant();
        var from = input.now().isAfter(windowStart) ? ceilToFive(input.now()) : windowStart;
        var breakLength = Duration.ofMinutes(Math.max(0, input.breaks().minutes()));

        var taken = new ArrayList<Slot>();
        input.busy().forEach(b -> taken.add(new Slot(b.start(), b.end())));
        int freeMinutes = minutesFree(from, windowEnd, taken);
        var blocks = new ArrayList<DayPlan.Block>();
        int usedMinutes = 0;
        var usedTasks = new HashSet<UUID>();
        for (var pin : input.pinned()) {
            taken.add(new Slot(pin.start(), pin.end().plus(breakLength)));
            usedMinutes += (int) Duration.between(pin.start(), pin.end()).toMinutes();
            usedTasks.add(pin.taskId());
            blocks.add(new DayPlan.Block(pin.blockId(), pin.taskId(), pin.title(), pin.start(), pin.end(), 1, 1, true, false,
                    "Pinned by you at this time."));
        }

        var notToday = new ArrayList<DayPlan.NotToday>();
        var pending = new ArrayList<Candidate>();
        var candidateIds = new HashSet<UUID>();
        input.candidates().forEach(c -> candidateIds.add(c.taskId()));
        for (var c : input.candidates().stream().sorted(ORDER).toList()) {
            if (usedTasks.contains(c.taskId())) {
                continue;
            }
            if (!c.blockerTitles().isEmpty() || c.blockedBy().stream().anyMatch(id -> !candidateIds.contains(id))) {
                var names = c.blockerTitles().isEmpty() ? "another task" : "'" + String.join("', '", c.blockerTitles()) + "'";
                notToday.add(new DayPlan.NotToday(c.taskId(), c.title(), "Waiting for " + names + "."));
                continue;
            }
            pending.add(c);
        }
        var placed = new HashSet<UUID>();
        var unplaceable = new LinkedHashMap<UUID, String>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (var c : List.copyOf(pending)) {
                if (!placed.containsAll(c.blockedBy())) {
                    if (c.blockedBy().stream().anyMatch(unplaceable::containsKey)) {
                        pending.remove(c);
                        notToday.add(new DayPlan.NotToday(c.taskId(), c.title(), "Waits for a task that is not planned today."));
                        progress = true;
                    }
                    continue;
                }
                pending.remove(c);
                progress = true;
                int estimate = c.estimateMinutes() == null ? input.defaultEstimateMinutes() : c.estimateMinutes();
                estimate = Math.max(5, estimate);
                if (usedTasks.size() + 1 > input.capacity().maxTasks() || usedMinutes + estimate > input.capacity().maxMinutes()) {
                    notToday.add(new DayPlan.NotToday(c.taskId(), c.title(), "Over your daily limit."));
                    unplaceable.put(c.taskId(), "limit");
                    continue;
                }
                int chunkLength = Math.max(5, input.maxChunkMinutes());
                int chunks = (estimate + chunkLength - 1) / chunkLength;
                var mine = new ArrayList<DayPlan.Block>();
                var mySlots = new ArrayList<Slot>();
                var earliest = from;
                int left = estimate;
                for (int k = 1; k <= chunks; k++) {
                    int length = Math.min(chunkLength, left);
                    left -= length;
                    var slot = findSlot(earliest, windowEnd, Duration.ofMinutes(length), taken, mySlots, breakLength);
                    if (slot == null) {
                        mine.clear();
                        break;
                    }
                    mySlots.add(new Slot(slot.start(), slot.end().plus(breakLength)));
                    earliest = slot.end().plus(breakLength);
                    mine.add(new DayPlan.Block(blockId(c.taskId(), k), c.taskId(), c.title(), slot.start(), slot.end(), k, chunks, false,
                            c.estimateMinutes() == null, reason(c, input, slot.start())));
                }
                if (mine.isEmpty()) {
                    int free = minutesFree(from, windowEnd, taken);
                    notToday.add(new DayPlan.NotToday(c.taskId(), c.title(), "Needs " + hours(estimate) + ", " + hours(free) + " free."));
                    unplaceable.put(c.taskId(), "room");
                    continue;
                }
                taken.addAll(mySlots);
                blocks.addAll(mine);
                placed.add(c.taskId());
                usedTasks.add(c.taskId());
                usedMinutes += estimate;
            }
        }
        for (var c : pending) {
            notToday.add(new DayPlan.NotToday(c.taskId(), c.title(), "Waits for a task that is not planned today."));
        }
        blocks.sort(Comparator.comparing(DayPlan.Block::start).thenComparing(DayPlan.Block::blockId));
        int planned = blocks.stream().mapToInt(b -> (int) Duration.between(b.start(), b.end()).toMinutes()).sum();
        return new DayPlan(blocks, notToday, planned, freeMinutes);
    }

    private static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> !c.chosen())
            .thenComparing(c -> c.hardDeadline() == null ? LocalDate.MAX : c.hardDeadline())
            .thenComparingInt(Candidate::priority)
            .thenComparing(c -> c.softDeadline() == null ? LocalDate.MAX : c.softDeadline())
            .thenComparing(c -> !c.carriedOver())
            .thenComparing(Candidate::title)
            .thenComparing(Candidate::taskId);

    private static Slot findSlot(Instant earliest, Instant end, Duration length, List<Slot> taken, List<Slot> mine, Duration breakLength) {
        var start = earliest;
        var all = new ArrayList<Slot>(taken);
        all.addAll(mine);
        all.sort(Comparator.comparing(Slot::start));
        boolean moved = true;
        while (moved) {
            moved = false;
            var finish = start.plus(length);
            if (finish.isAfter(end)) {
                return null;
            }
            for (var s : all) {
                // a block needs its own time plus the break before whatever comes next
                if (s.start().isBefore(finish.plus(breakLength)) && s.end().isAfter(start)) {
                    start = s.end();
                    moved = true;
                    break;
                }
            }
        }
        return new Slot(start, start.plus(length));
    }

    private static int minutesFree(Instant from, Instant to, List<Slot> taken) {
        if (!to.isAfter(from)) {
            return 0;
        }
        var sorted = taken.stream().sorted(Comparator.comparing(Slot::start)).toList();
        long free = 0;
        var cursor = from;
        for (var s : sorted) {
            if (!s.end().isAfter(cursor)) {
                continue;
            }
            if (!s.start().isBefore(to)) {
                break;
            }
            if (s.start().isAfter(cursor)) {
                free += Duration.between(cursor, s.start()).toMinutes();
            }
            cursor = s.end();
        }
        if (cursor.isBefore(to)) {
            free += Duration.between(cursor, to).toMinutes();
        }
        return (int) free;
    }

    private static String reason(Candidate c, PlanInput input, Instant start) {
        var hour = start.atZone(input.zone()).getHour();
        var level = input.energy().at(hour);
        var part = hour < 12 ? "morning" : hour < 17 ? "afternoon" : "evening";
        var first = switch (level) {
            case HIGH -> "High-energy " + part + " slot";
            case MEDIUM -> "Steady " + part + " slot";
            case LOW -> "Lighter " + part + " slot";
        };
        var parts = new ArrayList<String>();
        parts.add(first);
        if (c.chosen()) {
            parts.add("you picked it for today");
        }
        if (c.hardDeadline() != null) {
            parts.add("must be done by " + day(c.hardDeadline(), input.day()));
        } else if (c.softDeadline() != null) {
            parts.add("due " + day(c.softDeadline(), input.day()));
        } else if (c.priority() == 1) {
            parts.add("priority 1");
        } else if (c.carriedOver()) {
            parts.add("carried over");
        }
        if (c.energy() == Level.HIGH && level == Level.HIGH) {
            parts.add("needs your energy");
        }
        return String.join("; ", parts) + ".";
    }

    private static String day(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return "today";
        }
        if (date.equals(today.plusDays(1))) {
            return "tomorrow";
        }
        if (date.isBefore(today)) {
            return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
        return date.isBefore(today.plusDays(7)) ? date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                : date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String hours(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    private static Instant ceilToFive(Instant now) {
        var minutes = now.truncatedTo(ChronoUnit.MINUTES);
        if (minutes.isBefore(now)) {
            minutes = minutes.plus(1, ChronoUnit.MINUTES);
        }
        long epochMinute = minutes.getEpochSecond() / 60;
        long rest = Math.floorMod(epochMinute, 5);
        return rest == 0 ? minutes : minutes.plus(5 - rest, ChronoUnit.MINUTES);
    }

    static UUID blockId(UUID taskId, int chunk) {
        return UUID.nameUUIDFromBytes((taskId + ":" + chunk).getBytes(StandardCharsets.UTF_8));
    }
}
