package app.helmsman.focus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A focus session as the server knows it; every figure is computed from these fields and an instant, so every
 * window, device and replica shows the same timer. Focus happens in stretches: a pause ends a stretch (and
 * counts as a break), resuming starts the next one.
 *
 * @param stretchStartedAt when the current (or, while paused, the last) stretch started
 * @param pausedAt when the pause started; null unless paused
 * @param plannedEnd the fixed end of a countdown; null for the other modes
 * @param focusedSecondsBefore focus of the stretches before the current one (all of them while paused)
 * @param breaks pauses taken
 * @param focusMinutes Pomodoro focus length, as the person's settings said at the start
 * @param breakMinutes Pomodoro break length, likewise
 * @param hyperfocusMinutes after this long in one stretch, suggest a break
 */
public record FocusSession(UUID id, UUID taskId, String taskTitle, FocusMode mode, State state, Instant startedAt,
                           Instant stretchStartedAt, Instant pausedAt, Instant plannedEnd, long focusedSecondsBefore, int breaks,
                           int focusMinutes, int breakMinutes, int hyperfocusMinutes) {

    /** Where a session is. */
    public enum State {
        RUNNING, PAUSED, ENDED
    }

    /**
     * What the timer shows: counting down to {@code anchor} or up from it.
     *
     * @param total the length a countdown runs (for the progress bar); null when counting up
     */
    public record Dial(String label, boolean countsDown, Instant anchor, Duration total) {
    }

    /** A moment worth telling the person about once ("5 minutes left"); {@code key} tells milestones apart. */
    public record Milestone(String key, Instant at, String message) {
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public boolean paused() {
        return state == State.PAUSED;
    }

    /** All focused time until {@code now}, pauses left out. */
    public Duration focused(Instant now) {
        return Duration.ofSeconds(focusedSecondsBefore).plus(stretch(now));
    }

    /** The current stretch (zero while paused). */
    public Duration stretch(Instant now) {
        return running() ? positive(Duration.between(stretchStartedAt, now)) : Duration.ZERO;
    }

    /** The break that fits the stretch that just ended: Pomodoro's set length; in Flowtime 5, 8, 10 or 15 minutes by length. */
    public Duration suggestedBreak() {
        if (mode == FocusMode.POMODORO) {
            return Duration.ofMinutes(breakMinutes);
        }
        var end = pausedAt != null ? pausedAt : stretchStartedAt;
        return Duration.ofMinutes(flowtimeBreakMinutes(Duration.between(stretchStartedAt, end)));
    }

    /** Flowtime's suggestion: 25 minutes of focus or less 5, from 50 minutes 8, from 60 10, from 90 15. */
    public static int flowtimeBreakMinutes(Duration stretch) {
        var minutes = stretch.toMinutes();
        return minutes >= 90 ? 15 : minutes >= 60 ? 10 : minutes >= 50 ? 8 : 5;
    }

    /** What the timer shows at {@code now}. */
    public Dial dial(Instant now) {
        if (mode == FocusMode.COUNTDOWN) {
            var total = Duration.between(startedAt, plannedEnd);
            return new Dial(paused() ? "Paused" : "Left", true, plannedEnd, total);
        }
        if (paused()) {
            var breakLength = suggestedBreak();
            return new Dial("Break", true, pausedAt.plus(breakLength), breakLength);
        }
        if (mode == FocusMode.POMODORO) {
            var length = Duration.ofMinutes(focusMinutes);
            return new Dial("Focus", true, stretchStartedAt.plus(length), length);
        }
        return new Dial("Focused", false, stretchStartedAt, null);
    }

    /** The timer in words, to the minute: "18 minutes left", "Break: 3 minutes left", "12 minutes focused". */
    public String inWords(Instant now) {
        var dial = dial(now);
        if (!dial.countsDown()) {
            return minutes(Duration.between(dial.anchor(), now)) + " focused";
        }
        var left = Duration.between(now, dial.anchor());
        if (left.isNegative() || left.isZero()) {
            return wordsWhenOver();
        }
        // a started minute counts as a minute left, so "1 minute left" shows until the very end
        return wordsLead() + minutes(left.plusSeconds(59)) + " left";
    }

    /** What the words start with: "Break: " during a break, "Paused, " in a paused countdown, else nothing. */
    public String wordsLead() {
        return paused() ? (mode == FocusMode.COUNTDOWN ? "Paused, " : "Break: ") : "";
    }

    /** The words once a countdown reached zero. */
    public String wordsWhenOver() {
        return mode == FocusMode.COUNTDOWN ? "Time is up" : paused() ? "Break is over" : "Time for a break";
    }

    /** The moments of the current stretch or pause worth telling once each, in time order. */
    public List<Milestone> milestones() {
        var list = new ArrayList<Milestone>();
        if (state == State.ENDED) {
            return list;
        }
        var stretchKey = "@" + stretchStartedAt.toEpochMilli();
        if (mode == FocusMode.COUNTDOWN) {
            list.add(new Milestone("five-left@" + plannedEnd.toEpochMilli(), plannedEnd.minus(Duration.ofMinutes(5)), "5 minutes left."));
            list.add(new Milestone("done@" + plannedEnd.toEpochMilli(), plannedEnd, "Time is up. Finish when you are ready."));
        }
        if (running()) {
            if (mode == FocusMode.POMODORO) {
                var end = stretchStartedAt.plus(Duration.ofMinutes(focusMinutes));
                list.add(new Milestone("five-left" + stretchKey, end.minus(Duration.ofMinutes(5)), "5 minutes left."));
                list.add(new Milestone("break" + stretchKey, end,
                        "Time for a " + breakMinutes + "-minute break. Pause when you are ready."));
            }
            var hyperfocus = Duration.ofMinutes(hyperfocusMinutes);
            list.add(new Milestone("hyperfocus" + stretchKey, stretchStartedAt.plus(hyperfocus),
                    "You have been at it for " + minutes(hyperfocus) + ". A short break?"));
        }
        if (paused() && mode != FocusMode.COUNTDOWN) {
            list.add(new Milestone("break-over@" + pausedAt.toEpochMilli(), pausedAt.plus(suggestedBreak()),
                    "Your break is over. Resume when you are ready."));
        }
        list.removeIf(m -> m.at().isBefore(startedAt));
        list.sort(java.util.Comparator.comparing(Milestone::at));
        return list;
    }

    /** "1 minute", "25 minutes", "1 hour 5 minutes". */
    public static String minutes(Duration duration) {
        var total = Math.max(0, duration.toMinutes());
        var hours = total / 60;
        var rest = total % 60;
        var minutes = rest == 1 ? "1 minute" : rest + " minutes";
        if (hours == 0) {
            return minutes;
        }
        var hourText = hours == 1 ? "1 hour" : hours + " hours";
        return rest == 0 ? hourText : hourText + " " + minutes;
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
