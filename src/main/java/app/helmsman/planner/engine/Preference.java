package app.helmsman.planner.engine;

import app.helmsman.planner.engine.PlanInput.Candidate;
import app.helmsman.planner.engine.PlanInput.Kind;
import app.helmsman.planner.engine.PlanInput.Level;
import java.util.Comparator;

/** Which candidate a day plan takes first, and which hours of the day a candidate would like. */
final class Preference {

    private Preference() {
    }

    /** Chosen first, then hard deadline today or earlier, nearer deadline, priority, carried over, task id. */
    static Comparator<Candidate> preference(java.time.LocalDate day) {
        return Comparator
            .comparing((Candidate c) -> !c.chosen())
            .thenComparing(c -> c.hardDeadline() == null || c.hardDeadline().isAfter(day))
            .thenComparing(Preference::nearestDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(c -> Math.clamp(c.priority(), 1, 4))
            .thenComparing(c -> !c.carriedOver())
            .thenComparing(Candidate::taskId);
    }

    /** A candidate with its {@link #preference(java.time.LocalDate)} keys. */
    record Ranked(Candidate c, boolean notChosen, boolean notDue, long deadline, int priority, boolean notCarried)
            implements Comparable<Ranked> {

        Ranked(Candidate c, java.time.LocalDate day) {
            this(c, !c.chosen(), c.hardDeadline() == null || c.hardDeadline().isAfter(day),
                    nearestDeadline(c) == null ? Long.MAX_VALUE : nearestDeadline(c).toEpochDay(), Math.clamp(c.priority(), 1, 4),
                    !c.carriedOver());
        }

        @Override
        public int compareTo(Ranked o) {
            int d = Boolean.compare(notChosen, o.notChosen);
            if (d == 0) {
                d = Boolean.compare(notDue, o.notDue);
            }
            if (d == 0) {
                d = Long.compare(deadline, o.deadline);
            }
            if (d == 0) {
                d = Integer.compare(priority, o.priority);
            }
            if (d == 0) {
                d = Boolean.compare(notCarried, o.notCarried);
            }
            return d != 0 ? d : c.taskId().compareTo(o.c.taskId());
        }
    }

    static java.time.LocalDate nearestDeadline(Candidate c) {
        if (c.softDeadline() == null) {
            return c.hardDeadline();
        }
        if (c.hardDeadline() == null) {
            return c.softDeadline();
        }
        return c.softDeadline().isBefore(c.hardDeadline()) ? c.softDeadline() : c.hardDeadline();
    }

    /** HIGH-energy work wants high hours; LOW-energy, admin and social work low ones; the rest has no wish. */
    static Level prefers(Candidate c) {
        if (c.energy() == Level.HIGH) {
            return Level.HIGH;
        }
        if (c.energy() == Level.LOW || c.kind() == Kind.ADMIN || c.kind() == Kind.SOCIAL) {
            return Level.LOW;
        }
        return null;
    }
}
