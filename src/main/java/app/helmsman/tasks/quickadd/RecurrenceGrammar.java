package app.helmsman.tasks.quickadd;

import static app.helmsman.tasks.quickadd.Grammar.next;
import static app.helmsman.tasks.quickadd.Grammar.word;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Recurrence phrases: {@code daily}, {@code every 2 weeks on Monday}, {@code every month on the 1st},
 * {@code on Mondays}. Rules as described in {@link Grammar}.
 */
final class RecurrenceGrammar {

    private RecurrenceGrammar() {
    }

    record RecurrenceMatch(Recurrence rule, int end) {
    }

    private record DaysMatch(Set<DayOfWeek> days, int end) {
    }

    /** Whether the word on its own is a recurrence ({@code daily}, {@code weekly}...). */
    static boolean isRecurrenceAdjective(String word) {
        return switch (word) {
            case "daily", "everyday", "weekly", "biweekly", "fortnightly", "monthly", "yearly", "annually" -> true;
            default -> false;
        };
    }

    /**
     * {@code every day}, {@code daily}, {@code every weekday}, {@code every Mon and Thu}, {@code every 2 weeks
     * on Monday}, {@code every other week}, {@code weekly}, {@code every month on the 1st}, {@code monthly},
     * {@code every year}, {@code on Mondays}.
     */
    static RecurrenceMatch recurrence(List<Token> tokens, int i) {
        String a = word(tokens, i);
        if (a == null) {
            return null;
        }
        Recurrence rule;
        int end = i + 1;
        switch (a) {
            case "daily", "everyday" -> rule = Recurrence.of(Recurrence.Frequency.DAILY, 1);
            case "weekly" -> rule = Recurrence.of(Recurrence.Frequency.WEEKLY, 1);
            case "biweekly", "fortnightly" -> rule = Recurrence.of(Recurrence.Frequency.WEEKLY, 2);
            case "monthly" -> rule = Recurrence.of(Recurrence.Frequency.MONTHLY, 1);
            case "yearly", "annually" -> rule = Recurrence.of(Recurrence.Frequency.YEARLY, 1);
            case "on" -> {
                DaysMatch days = days(tokens, i + 1, true);
                if (days == null || next(tokens, i) == null) {
                    return null;
                }
                return new RecurrenceMatch(Recurrence.weeklyOn(days.days(), 1), days.end());
            }
            case "every" -> {
                if (next(tokens, i) == null) {
                    return null;
                }
                RecurrenceMatch every = every(tokens, i + 1);
                if (every == null) {
                    return null;
                }
                rule = every.rule();
                end = every.end();
            }
            default -> {
                return null;
            }
        }
        return withQualifier(tokens, rule, end);
    }

    private static RecurrenceMatch every(List<Token> tokens, int j) {
        String b = word(tokens, j);
        switch (b) {
            case "day" -> {
                return new RecurrenceMatch(Recurrence.of(Recurrence.Frequency.DAILY, 1), j + 1);
            }
            case "weekday", "weekdays", "workday", "workdays" -> {
                return new RecurrenceMatch(
                        Recurrence.weeklyOn(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 1), j + 1);
            }
            case "weekend", "weekends" -> {
                return new RecurrenceMatch(
                        Recurrence.weeklyOn(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 1), j + 1);
            }
            case "other" -> {
                String c = next(tokens, j);
                Recurrence.Frequency unit = unit(c, false);
                if (unit != null) {
                    return new RecurrenceMatch(Recurrence.of(unit, 2), j + 2);
                }
                DaysMatch days = c == null ? null : days(tokens, j + 1, false);
                return days == null ? null : new RecurrenceMatch(Recurrence.weeklyOn(days.days(), 2), days.end());
            }
            default -> {
                Recurrence.Frequency unit = unit(b, false);
                if (unit != null) {
                    return new RecurrenceMatch(Recurrence.of(unit, 1), j + 1);
                }
                int n = Words.count(b, false);
                if (n > 0) {
                    Recurrence.Frequency plural = unit(next(tokens, j), true);
                    return plural == null ? null : new RecurrenceMatch(Recurrence.of(plural, n), j + 2);
                }
                DaysMatch days = days(tokens, j, false);
                return days == null ? null : new RecurrenceMatch(Recurrence.weeklyOn(days.days(), 1), days.end());
            }
        }
    }

    private static Recurrence.Frequency unit(String word, boolean plural) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case "day" -> Recurrence.Frequency.DAILY;
            case "week" -> Recurrence.Frequency.WEEKLY;
            case "month" -> Recurrence.Frequency.MONTHLY;
            case "year" -> Recurrence.Frequency.YEARLY;
            case "days" -> plural ? Recurrence.Frequency.DAILY : null;
            case "weeks" -> plural ? Recurrence.Frequency.WEEKLY : null;
            case "months" -> plural ? Recurrence.Frequency.MONTHLY : null;
            case "years" -> plural ? Recurrence.Frequency.YEARLY : null;
            default -> null;
        };
    }

    /** {@code ... on Monday} for weekly rules, {@code ... on the 1st} / {@code on the last day} for monthly ones. */
    private static RecurrenceMatch withQualifier(List<Token> tokens, Recurrence rule, int end) {
        if (!"on".equals(next(tokens, end - 1))) {
            return new RecurrenceMatch(rule, end);
        }
        if (rule.frequency() == Recurrence.Frequency.WEEKLY && rule.days().isEmpty()
                && next(tokens, end) != null) {
            DaysMatch days = days(tokens, end + 1, false);
            if (days != null) {
                return new RecurrenceMatch(rule.withDays(days.days()), days.end());
            }
        }
        if (rule.frequency() == Recurrence.Frequency.MONTHLY && rule.monthDay() == 0
                && "the".equals(next(tokens, end))) {
            String c = next(tokens, end + 1);
            int day = Words.dayOfMonth(c);
            if (day > 0 && Character.isLetter(c.charAt(c.length() - 1))) {
                return new RecurrenceMatch(rule.withMonthDay(day), end + 3);
            }
            if ("last".equals(c) && "day".equals(next(tokens, end + 2))) {
                return new RecurrenceMatch(rule.withMonthDay(-1), end + 4);
            }
        }
        return new RecurrenceMatch(rule, end);
    }

    /**
     * A list of weekdays from {@code j}: {@code Monday}, {@code Mon and Thu}, {@code Mon, Wed & Fri},
     * {@code mon,thu}; with {@code plural} only plural names ({@code Mondays and Thursdays}).
     */
    private static DaysMatch days(List<Token> tokens, int j, boolean plural) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (!addDays(word(tokens, j), plural, days)) {
            return null;
        }
        int k = j + 1;
        while (k < tokens.size()) {
            Token previous = tokens.get(k - 1);
            String following = word(tokens, k);
            if (following == null || !previous.joinsNextAllowingComma(tokens.get(k))) {
                break;
            }
            if (following.equals("and") || following.equals("&")) {
                if (!addDays(next(tokens, k), plural, days)) {
                    break;
                }
                k += 2;
            } else if (previous.trail().equals(",") && addDays(following, plural, days)) {
                k++;
            } else {
                break;
            }
        }
        return new DaysMatch(days, k);
    }

    /** Adds the weekday(s) of one word ({@code mon,thu} has two) if the word is only weekdays. */
    private static boolean addDays(String word, boolean plural, Set<DayOfWeek> into) {
        if (word == null) {
            return false;
        }
        Set<DayOfWeek> found = EnumSet.noneOf(DayOfWeek.class);
        int from = 0;
        for (int k = 0; k <= word.length(); k++) {
            if (k == word.length() || word.charAt(k) == ',' || word.charAt(k) == '/') {
                String part = word.substring(from, k);
                DayOfWeek day = Words.weekdayPlural(part);
                if (day == null && !plural) {
                    day = Words.weekday(part, true);
                }
                if (day == null) {
                    return false;
                }
                found.add(day);
                from = k + 1;
            }
        }
        into.addAll(found);
        return true;
    }
}
