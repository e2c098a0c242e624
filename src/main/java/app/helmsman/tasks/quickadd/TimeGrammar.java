package app.helmsman.tasks.quickadd;

import static app.helmsman.tasks.quickadd.Grammar.next;
import static app.helmsman.tasks.quickadd.Grammar.word;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Time phrases: clock times ({@code 3pm}, {@code at 9}, {@code noon}), parts of the day ({@code in the
 * morning}) and relative times ({@code in 2 hours}). Rules as described in {@link Grammar}.
 */
final class TimeGrammar {

    private TimeGrammar() {
    }

    /**
     * A time phrase. {@code ambiguous} is set when no am/pm was given for an hour from 1 to 11, so
     * "tonight" or "this evening" may move it to the afternoon or evening.
     */
    record TimeMatch(LocalTime time, int end, boolean ambiguous) {
    }

    /** A relative time such as {@code in 2 hours}: both the local date and time it points at. */
    record MomentMatch(LocalDate date, LocalTime time, int end) {
    }

    /**
     * A time at {@code i}: {@code 3pm}, {@code 3:30 pm}, {@code 15:00}, {@code noon}, {@code midnight}, or
     * with {@code at} in front also a bare hour ({@code at 9}). A bare hour from 1 to 6 is taken as
     * afternoon, since nobody plans a task for 3 in the morning by writing "at 3".
     */
    static TimeMatch time(List<Token> tokens, int i) {
        String a = word(tokens, i);
        if (a == null) {
            return null;
        }
        if (a.equals("at")) {
            return next(tokens, i) == null ? null : clock(tokens, i + 1, true);
        }
        if (a.equals("in") && "the".equals(next(tokens, i))) {
            PartOfDay part = PartOfDay.of(next(tokens, i + 1));
            return part == null ? null : new TimeMatch(part.time, i + 3, false);
        }
        return clock(tokens, i, false);
    }

    private static TimeMatch clock(List<Token> tokens, int j, boolean afterAt) {
        String s = word(tokens, j);
        if (s == null) {
            return null;
        }
        if (s.equals("noon") || s.equals("midday")) {
            return new TimeMatch(LocalTime.NOON, j + 1, false);
        }
        if (s.equals("midnight")) {
            return new TimeMatch(LocalTime.MIDNIGHT, j + 1, false);
        }
        int n = s.length();
        int k = 0;
        while (k < n && Words.isDigit(s.charAt(k))) {
            k++;
        }
        if (k == 0 || k > 2) {
            return null;
        }
        int hour = Words.digits(s, 0, k);
        int minute = 0;
        char separator = 0;
        if (k < n && (s.charAt(k) == ':' || s.charAt(k) == '.')) {
            separator = s.charAt(k);
            if (k + 3 > n) {
                return null;
            }
            minute = Words.digits(s, k + 1, k + 3);
            if (minute < 0 || minute > 59) {
                return null;
            }
            k += 3;
        }
        int end = j + 1;
        Boolean pm = meridiem(s.substring(k));
        if (pm == null && k < n) {
            return null;
        }
        if (pm == null) {
            Boolean following = meridiem(next(tokens, j));
            if (following != null) {
                pm = following;
                end = j + 2;
            }
        }
        if (pm != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (pm ? 12 : 0);
            return new TimeMatch(LocalTime.of(hour, minute), end, false);
        }
        if (hour > 23 || separator == '.') {
            return null;
        }
        if (separator == ':') {
            return new TimeMatch(LocalTime.of(hour, minute), end, hour >= 1 && hour <= 11);
        }
        if (!afterAt) {
            return null;
        }
        if (hour >= 1 && hour <= 6) {
            return new TimeMatch(LocalTime.of(hour + 12, 0), end, false);
        }
        return new TimeMatch(LocalTime.of(hour, 0), end, hour >= 1 && hour <= 11);
    }

    /** TRUE for pm, FALSE for am, null for anything else (including the empty string). */
    private static Boolean meridiem(String s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "pm", "p.m", "p.m." -> Boolean.TRUE;
            case "am", "a.m", "a.m." -> Boolean.FALSE;
            default -> null;
        };
    }

    /** {@code in 2 hours}, {@code in 45 minutes}, {@code in an hour}, from {@code now} in its own zone. */
    static MomentMatch moment(List<Token> tokens, int i, ZonedDateTime now) {
        if (!"in".equals(word(tokens, i))) {
            return null;
        }
        int n = Words.count(next(tokens, i), true);
        String unit = n > 0 ? next(tokens, i + 1) : null;
        if (unit == null) {
            return null;
        }
        ZonedDateTime then = switch (unit) {
            case "hour", "hours", "hr", "hrs", "h" -> now.plusHours(n);
            case "minute", "minutes", "min", "mins" -> now.plusMinutes(n);
            default -> null;
        };
        if (then == null) {
            return null;
        }
        then = then.truncatedTo(ChronoUnit.MINUTES);
        return new MomentMatch(then.toLocalDate(), then.toLocalTime(), i + 3);
    }
}
