package app.helmsman.tasks.quickadd;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Grammar rules for dates, times, relative times and recurrence over a token list. Each rule looks at
 * the tokens from index {@code i} and returns what it matched with the index after the last token it
 * used, or null. Rules never look at literal tokens (quoted, URLs, dismissed parts). Pure functions.
 */
final class Grammar {

    private Grammar() {
    }

    /**
     * A date phrase: the date, the token index after it, and the part of the day if one was named
     * ({@code tomorrow evening}, {@code tonight}), else null.
     */
    record DateMatch(LocalDate date, int end, PartOfDay partOfDay, boolean tonight) {

        DateMatch(LocalDate date, int end) {
            this(date, end, null, false);
        }
    }

    /** Parts of the day and the time they stand for when no time is given. */
    enum PartOfDay {
        MORNING(9), AFTERNOON(14), EVENING(19), NIGHT(21);

        final LocalTime time;

        PartOfDay(int hour) {
            this.time = LocalTime.of(hour, 0);
        }

        static PartOfDay of(String word) {
            if (word == null) {
                return null;
            }
            return switch (word) {
                case "morning" -> MORNING;
                case "afternoon" -> AFTERNOON;
                case "evening" -> EVENING;
                case "night" -> NIGHT;
                default -> null;
            };
        }
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

    record RecurrenceMatch(Recurrence rule, int end) {
    }

    private record DaysMatch(Set<DayOfWeek> days, int end) {
    }

    /** The lower-case core of token {@code j}, or null when there is none or it must not be parsed. */
    static String word(List<Token> tokens, int j) {
        if (j < 0 || j >= tokens.size()) {
            return null;
        }
        Token token = tokens.get(j);
        return token.literal() || token.core().isEmpty() ? null : token.lower();
    }

    /** The core of token {@code j + 1} if a phrase may continue from token {@code j} into it. */
    static String next(List<Token> tokens, int j) {
        String word = word(tokens, j + 1);
        return word != null && tokens.get(j).joinsNext(tokens.get(j + 1)) ? word : null;
    }

    private static String nextAllowingComma(List<Token> tokens, int j) {
        String word = word(tokens, j + 1);
        return word != null && tokens.get(j).joinsNextAllowingComma(tokens.get(j + 1)) ? word : null;
    }

    // ---- dates ---------------------------------------------------------------------------------

    /**
     * A date phrase at {@code i}. Bare weekdays count only when written in full ("Friday"); after
     * {@code on}, {@code next}, {@code this} or when {@code keyword} is set (after due/by), abbreviations
     * count too. Month names alone never count ("notes for May").
     */
    static DateMatch date(List<Token> tokens, int i, LocalDate today, boolean keyword) {
        DateMatch date = dateOnly(tokens, i, today, keyword);
        if (date == null || date.partOfDay() != null) {
            return date;
        }
        PartOfDay part = PartOfDay.of(next(tokens, date.end() - 1));
        return part == null ? date : new DateMatch(date.date(), date.end() + 1, part, false);
    }

    private static DateMatch dateOnly(List<Token> tokens, int i, LocalDate today, boolean keyword) {
        String a = word(tokens, i);
        if (a == null) {
            return null;
        }
        switch (a) {
            case "today":
                return new DateMatch(today, i + 1);
            case "tonight":
                return new DateMatch(today, i + 1, PartOfDay.EVENING, true);
            case "tomorrow", "tmrw", "tmr":
                return new DateMatch(today.plusDays(1), i + 1);
            case "day":
                if ("after".equals(next(tokens, i)) && "tomorrow".equals(next(tokens, i + 1))) {
                    return new DateMatch(today.plusDays(2), i + 3);
                }
                return null;
            case "next":
                return nextDate(tokens, i, today);
            case "this":
                return thisDate(tokens, i, today);
            case "on":
                return onDate(tokens, i, today);
            case "in":
                return inDate(tokens, i, today);
            default:
                DayOfWeek day = Words.weekday(a, keyword);
                if (day != null) {
                    return new DateMatch(today.with(TemporalAdjusters.next(day)), i + 1);
                }
                return explicitDate(tokens, i, today);
        }
    }

    private static DateMatch nextDate(List<Token> tokens, int i, LocalDate today) {
        String b = next(tokens, i);
        if (b == null) {
            return null;
        }
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        DayOfWeek day = Words.weekday(b, true);
        if (day != null) {
            return new DateMatch(today.with(TemporalAdjusters.next(day)), i + 2);
        }
        return switch (b) {
            case "week" -> new DateMatch(nextMonday, i + 2);
            case "weekend" -> new DateMatch(nextMonday.plusDays(5), i + 2);
            case "month" -> new DateMatch(today.with(TemporalAdjusters.firstDayOfNextMonth()), i + 2);
            case "year" -> new DateMatch(today.with(TemporalAdjusters.firstDayOfNextYear()), i + 2);
            default -> null;
        };
    }

    private static DateMatch thisDate(List<Token> tokens, int i, LocalDate today) {
        String b = next(tokens, i);
        if (b == null) {
            return null;
        }
        DayOfWeek day = Words.weekday(b, true);
        if (day != null) {
            return new DateMatch(today.with(TemporalAdjusters.nextOrSame(day)), i + 2);
        }
        PartOfDay part = PartOfDay.of(b);
        if (part != null) {
            return new DateMatch(today, i + 2, part, false);
        }
        if (b.equals("weekend")) {
            LocalDate date = today.getDayOfWeek() == DayOfWeek.SUNDAY
                    ? today : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            return new DateMatch(date, i + 2);
        }
        return null;
    }

    private static DateMatch onDate(List<Token> tokens, int i, LocalDate today) {
        String b = next(tokens, i);
        if (b == null) {
            return null;
        }
        DayOfWeek day = Words.weekday(b, true);
        if (day != null) {
            return new DateMatch(today.with(TemporalAdjusters.next(day)), i + 2);
        }
        if (b.equals("the")) {
            String c = next(tokens, i + 1);
            if (c == null) {
                return null;
            }
            DateMatch explicit = explicitDate(tokens, i + 2, today);
            if (explicit != null) {
                return explicit;
            }
            int dayOfMonth = Words.dayOfMonth(c);
            if (dayOfMonth > 0 && Character.isLetter(c.charAt(c.length() - 1))) {
                LocalDate date = Recurrence.of(Recurrence.Frequency.MONTHLY, 1).withMonthDay(dayOfMonth)
                        .firstOnOrAfter(today);
                return new DateMatch(date, i + 3);
            }
            return null;
        }
        return explicitDate(tokens, i + 1, today);
    }

    private static DateMatch inDate(List<Token> tokens, int i, LocalDate today) {
        int n = Words.count(next(tokens, i), true);
        String unit = n > 0 ? next(tokens, i + 1) : null;
        if (unit == null) {
            return null;
        }
        LocalDate date = switch (unit) {
            case "day", "days" -> today.plusDays(n);
            case "week", "weeks" -> today.plusWeeks(n);
            case "month", "months" -> today.plusMonths(n);
            case "year", "years" -> today.plusYears(n);
            default -> null;
        };
        return date == null ? null : new DateMatch(date, i + 3);
    }

    /** {@code 2026-12-31}, {@code 31 Dec}, {@code 31st of December 2027}, {@code Dec 31}, {@code Dec 31, 2027}. */
    static DateMatch explicitDate(List<Token> tokens, int i, LocalDate today) {
        String a = word(tokens, i);
        if (a == null) {
            return null;
        }
        if (a.length() == 10 && a.charAt(4) == '-' && a.charAt(7) == '-') {
            return isoDate(a, i);
        }
        int day = Words.dayOfMonth(a);
        if (day > 0) {
            int j = i + 1;
            String b = next(tokens, i);
            if ("of".equals(b)) {
                b = next(tokens, j);
                j++;
            }
            Month month = Words.month(b);
            if (month == null) {
                return null;
            }
            return withOptionalYear(tokens, j, month, day, today, false);
        }
        Month month = Words.month(a);
        if (month != null) {
            int dayAfter = Words.dayOfMonth(next(tokens, i));
            if (dayAfter > 0) {
                return withOptionalYear(tokens, i + 1, month, dayAfter, today, true);
            }
        }
        return null;
    }

    private static DateMatch isoDate(String a, int i) {
        int year = Words.digits(a, 0, 4);
        int month = Words.digits(a, 5, 7);
        int day = Words.digits(a, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
            return null;
        }
        if (day == 29 && month == 2 && !java.time.Year.isLeap(year)) {
            return null;
        }
        return new DateMatch(LocalDate.of(year, month, day), i + 1);
    }

    /** {@code last} is the index of the month or day token; a year may follow it. */
    private static DateMatch withOptionalYear(List<Token> tokens, int last, Month month, int day, LocalDate today,
                                              boolean commaAllowed) {
        if (day > month.maxLength()) {
            return null;
        }
        String after = commaAllowed ? nextAllowingComma(tokens, last) : next(tokens, last);
        int year = Words.year(after);
        if (year > 0) {
            if (month == Month.FEBRUARY && day == 29 && !java.time.Year.isLeap(year)) {
                return null;
            }
            return new DateMatch(LocalDate.of(year, month, day), last + 2);
        }
        // Without a year: the next such day that is not in the past (Feb 29 waits for a leap year).
        for (int y = today.getYear(); y <= today.getYear() + 8; y++) {
            if (month == Month.FEBRUARY && day == 29 && !java.time.Year.isLeap(y)) {
                continue;
            }
            LocalDate date = LocalDate.of(y, month, day);
            if (!date.isBefore(today)) {
                return new DateMatch(date, last + 1);
            }
        }
        return null;
    }

    // ---- times ---------------------------------------------------------------------------------

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

    // ---- recurrence ----------------------------------------------------------------------------

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
