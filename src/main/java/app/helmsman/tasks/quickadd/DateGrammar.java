package app.helmsman.tasks.quickadd;

import static app.helmsman.tasks.quickadd.Grammar.next;
import static app.helmsman.tasks.quickadd.Grammar.nextAllowingComma;
import static app.helmsman.tasks.quickadd.Grammar.word;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Date phrases: {@code today}, {@code tonight}, {@code tomorrow evening}, {@code next week}, {@code this
 * weekend}, {@code on Friday}, {@code in 3 days}, {@code 31 Dec}, {@code 2026-12-31}. Rules as described in
 * {@link Grammar}.
 */
final class DateGrammar {

    private DateGrammar() {
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
}
