package app.helmsman.assist.offline;

import app.helmsman.tasks.quickadd.ParsedTask;
import app.helmsman.tasks.quickadd.QuickAddParser;
import app.helmsman.tasks.quickadd.Recognised;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadline phrases in a brain dump that quick add does not read on its own, written as a deadline it does read
 * ({@code by 2026-12-19}), so dates are still resolved in one place: the quick-add parser, in the person's zone.
 *
 * <ul>
 * <li>{@code by X} and {@code due X}: a soft deadline on X (quick add's own rule), now also for {@code the end of
 *     the week}, {@code the end of the month}, {@code end of next week}, {@code the 20th}, {@code March}.</li>
 * <li>{@code before X}: a soft deadline on <em>the day before</em> X, the last day that is still before it
 *     ("before Monday" is Sunday, "before the 20th" is the 19th), for every X that {@code by X} understands.
 *     See docs/adr/0028-brain-dump-deadline-phrases.md.</li>
 * <li>{@code the end of the week} is the Friday of this week, or on a Saturday or Sunday that Sunday;
 *     {@code end of next week} the Friday of next week; {@code the end of the month} its last day; {@code the
 *     20th} the next 20th that is not in the past; a month alone ({@code by March}) the first day of its next
 *     occurrence, or the last day of this month when it is this month.</li>
 * </ul>
 * A {@code !} right after the phrase keeps it a hard deadline, as in quick add.
 */
final class Deadlines {

    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    // DateWords.shield may have quoted a date word after "of" ('end of "next" week'): the quotes are optional here
    private static final String OWN = "(?:the\\s+)?end\\s+of\\s+(?:the\\s+|\"?this\"?\\s+)?(week|month|year|day)"
            + "|end\\s+of\\s+\"?next\"?\\s+(week|month)"
            + "|the\\s+(\\d{1,2})(?:st|nd|rd|th)(?:\\s+of\\s+\"?(" + MONTHS + ")\"?)?|(eod|eow|eom)"
            + "|(" + MONTHS + ")(?!\\s*\\d)";
    private static final Pattern LEAD = Pattern.compile(
            "(?<![\\w\"])(by|before|due(?:\\s+(?:on|by|before))?|no\\s+later\\s+than)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TARGET = Pattern.compile("(?:" + OWN + ")(?![\\w\"])", Pattern.CASE_INSENSITIVE);

    private Deadlines() {
    }

    /** {@code action} with its first deadline phrase written as {@code by <ISO date>}; unchanged when there is none. */
    static String rewrite(String action, QuickAddParser parser, ZonedDateTime now) {
        String lower = action.toLowerCase(Locale.ROOT);
        if (!lower.contains("by ") && !lower.contains("before ") && !lower.contains("due ")
                && !lower.contains("later than ")) {
            return action; // most actions: no regex run at all
        }
        Matcher lead = LEAD.matcher(action);
        while (lead.find()) {
            boolean before = lead.group(1).toLowerCase(Locale.ROOT).contains("before");
            int at = lead.end();
            LocalDate date = null;
            int end = -1;
            Matcher target = TARGET.matcher(action).region(at, action.length());
            if (target.lookingAt()) {
                date = own(target, now.toLocalDate());
                end = target.end();
            } else if (before) {
                // anything "by X" reads: ask quick add, then take the day before
                String tail = "by " + action.substring(at);
                ParsedTask parsed = parser.parse(tail, now);
                var part = parsed.parts().stream().filter(p -> p.span().start() == 0
                        && (p.kind() == Recognised.Kind.DEADLINE || p.kind() == Recognised.Kind.HARD_DEADLINE))
                        .findFirst();
                if (part.isPresent()) {
                    date = part.get().kind() == Recognised.Kind.DEADLINE
                            ? parsed.softDeadline().orElse(null) : parsed.hardDeadline().orElse(null);
                    String text = part.get().text();
                    end = at + part.get().span().end() - 3 - (text.endsWith("!") ? 1 : 0);
                }
            }
            if (date == null) {
                continue;
            }
            if (before) {
                date = date.minusDays(1);
            }
            return action.substring(0, lead.start()) + "by " + date + action.substring(end);
        }
        return action;
    }

    private static LocalDate own(Matcher m, LocalDate today) {
        String thisEnd = m.group(1);
        String nextEnd = m.group(2);
        String day = m.group(3);
        String dayMonth = m.group(4);
        String shorthand = m.group(5);
        String month = m.group(6);
        if (shorthand != null) {
            thisEnd = switch (shorthand.toLowerCase(Locale.ROOT)) {
                case "eod" -> "day";
                case "eow" -> "week";
                default -> "month";
            };
        }
        if (thisEnd != null) {
            return switch (thisEnd.toLowerCase(Locale.ROOT)) {
                case "day" -> today;
                case "week" -> endOfWeek(today);
                case "month" -> today.with(TemporalAdjusters.lastDayOfMonth());
                default -> today.with(TemporalAdjusters.lastDayOfYear());
            };
        }
        if (nextEnd != null) {
            LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            return nextEnd.equalsIgnoreCase("week") ? nextMonday.plusDays(4)
                    : today.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
        }
        if (day != null && dayMonth != null) {
            Month named = month(dayMonth);
            int d = Integer.parseInt(day);
            if (named == null || d < 1 || d > named.maxLength()) {
                return null;
            }
            for (int y = today.getYear(); y <= today.getYear() + 8; y++) {
                if (d <= named.length(java.time.Year.isLeap(y)) && !LocalDate.of(y, named, d).isBefore(today)) {
                    return LocalDate.of(y, named, d);
                }
            }
            return null;
        }
        if (day != null) {
            return nextDayOfMonth(today, Integer.parseInt(day));
        }
        return month == null ? null : firstOfMonth(today, month);
    }

    /** Friday of this week; on a Saturday or Sunday, that Sunday. */
    static LocalDate endOfWeek(LocalDate today) {
        DayOfWeek d = today.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY
                ? today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    /** The next such day of a month that is not in the past, skipping months that do not have it. */
    private static LocalDate nextDayOfMonth(LocalDate today, int day) {
        if (day < 1 || day > 31) {
            return null;
        }
        LocalDate month = today.withDayOfMonth(1);
        for (int k = 0; k < 13; k++, month = month.plusMonths(1)) {
            if (day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isBefore(today)) {
                return month.withDayOfMonth(day);
            }
        }
        return null;
    }

    /** The first day of the month's next occurrence; this month's last day when it is this month. */
    static LocalDate firstOfMonth(LocalDate today, String name) {
        Month m = month(name);
        if (m == null) {
            return null;
        }
        if (m == today.getMonth()) {
            return today.with(TemporalAdjusters.lastDayOfMonth());
        }
        LocalDate first = LocalDate.of(today.getYear(), m, 1);
        return first.isAfter(today) ? first : first.plusYears(1);
    }

    private static Month month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (key.length() >= 3 && m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT)
                    .startsWith(key.substring(0, 3))) {
                return m;
            }
        }
        return null;
    }
}
