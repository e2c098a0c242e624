package app.helmsman.planner.engine;

import app.helmsman.planner.engine.PlanInput.BreakPolicy;
import app.helmsman.planner.engine.PlanInput.Busy;
import app.helmsman.planner.engine.PlanInput.Candidate;
import app.helmsman.planner.engine.PlanInput.Capacity;
import app.helmsman.planner.engine.PlanInput.Kind;
import app.helmsman.planner.engine.PlanInput.Level;
import app.helmsman.planner.engine.PlanInput.Pinned;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Random days for property tests, from a seed (a failing seed reproduces the day): zones with DST (also half-hour
 * shifts and offsets), DST days, working hours partly past, overlapping events reaching beyond the day, all-day
 * events, pins, blockers inside and outside the candidates, cycles, tight capacities.
 */
final class RandomDays {

    static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("UTC"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/St_Johns"));
    static final List<LocalDate> SPECIAL_DAYS = List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 3, 8),
            LocalDate.of(2026, 11, 1), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 10, 4));

    private RandomDays() {
    }

    static PlanInput day(long seed) {
        var r = new Random(seed);
        var zone = ZONES.get(r.nextInt(ZONES.size()));
        var day = r.nextInt(3) == 0 ? SPECIAL_DAYS.get(r.nextInt(SPECIAL_DAYS.size())) : LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365));
        var workStart = LocalTime.of(r.nextInt(13), 15 * r.nextInt(4));
        var workEnd = r.nextInt(8) == 0 ? LocalTime.MIDNIGHT
                : LocalTime.of(Math.min(23, workStart.getHour() + 1 + r.nextInt(12)), 15 * r.nextInt(4));
        if (!workEnd.isAfter(workStart) && !workEnd.equals(LocalTime.MIDNIGHT)) {
            workEnd = LocalTime.MIDNIGHT;
        }
        var dayStart = day.atStartOfDay(zone).toInstant();
        Instant now = r.nextInt(3) == 0 ? dayStart.minusSeconds(3600)
                : dayStart.plusSeconds(r.nextInt((workStart.getHour() + 6) * 3600)).plusNanos(r.nextInt(2) * r.nextInt(1_000_000_000));
        var hours = new ArrayList<Level>();
        for (int h = 0; h < 24; h++) {
            hours.add(Level.values()[r.nextInt(3)]);
        }
        int breaks = List.of(0, 0, 5, 10, 15).get(r.nextInt(5));
        var capacity = r.nextInt(3) == 0 ? new Capacity(r.nextInt(20) == 0 ? 0 : 30 + r.nextInt(600), r.nextInt(12)) : new Capacity(24 * 60, 100);
        int maxChunk = List.of(15, 25, 30, 45, 60, 90, 120).get(r.nextInt(7));
        int defaultEstimate = List.of(15, 30, 45).get(r.nextInt(3));

        int n = r.nextInt(16);
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < n; i++) {
            ids.add(new UUID(seed, i));
        }
        var candidates = new ArrayList<Candidate>();
        for (int i = 0; i < n; i++) {
            var blockedBy = new HashSet<UUID>();
            var titles = new ArrayList<String>();
            if (i > 0 && r.nextInt(4) == 0) {
                blockedBy.add(ids.get(r.nextInt(i)));
            }
            if (r.nextInt(25) == 0) {
                blockedBy.add(ids.get(r.nextInt(n))); // may close a circle
            }
            if (r.nextInt(12) == 0) {
                blockedBy.add(new UUID(~seed, i));
                titles.add("Outside " + i);
            }
            Integer estimate = r.nextInt(5) == 0 ? null : 5 + r.nextInt(r.nextBoolean() ? 60 : 300);
            candidates.add(new Candidate(ids.get(i), "Task " + i, r.nextInt(4) == 0 ? null : Level.values()[r.nextInt(3)],
                    r.nextInt(3) == 0 ? null : Kind.values()[r.nextInt(4)], 1 + r.nextInt(4), estimate, deadline(r, day), deadline(r, day),
                    blockedBy, titles, r.nextInt(6) == 0, r.nextInt(5) == 0));
        }

        var busy = new ArrayList<Busy>();
        int events = r.nextInt(9);
        for (int i = 0; i < events; i++) {
            if (r.nextInt(60) == 0) {
                busy.add(new Busy(dayStart, day.plusDays(1).atStartOfDay(zone).toInstant(), "All day"));
                continue;
            }
            var start = dayStart.plusSeconds(-3600 + r.nextInt(26 * 3600));
            busy.add(new Busy(start, start.plus(Duration.ofSeconds(300 + r.nextInt(4 * 3600))), "Event " + i));
        }

        var pinned = new ArrayList<Pinned>();
        int pins = r.nextInt(4);
        Instant cursor = dayStart.plusSeconds(r.nextInt(10 * 3600));
        for (int i = 0; i < pins; i++) {
            var start = cursor.plusSeconds(60L * r.nextInt(240));
            var end = start.plusSeconds(60L * (15 + r.nextInt(90)));
            UUID task = n > 0 && r.nextBoolean() ? ids.get(r.nextInt(n)) : new UUID(seed, 1000 + i);
            pinned.add(new Pinned(new UUID(seed, 2000 + i), task, "Pinned " + i, start, end));
            cursor = end;
        }
        return new PlanInput(day, zone, now, workStart, workEnd, new EnergyProfile(hours), new BreakPolicy(breaks), capacity, maxChunk,
                defaultEstimate, candidates, busy, pinned);
    }

    private static LocalDate deadline(Random r, LocalDate day) {
        return r.nextInt(3) == 0 ? day.plusDays(r.nextInt(10) - 3) : null;
    }
}
