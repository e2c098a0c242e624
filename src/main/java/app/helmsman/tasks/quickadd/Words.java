package app.helmsman.tasks.quickadd;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.Map;

/** Vocabulary shared by the grammar rules, and the chip labels. All lookups take lower-case words. */
final class Words {

    private Words() {
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    // "sat", "sun" and "wed" are also ordinary words, so abbreviations only count after a keyword.
    private static final Map<String, DayOfWeek> WEEKDAY_ABBREVIATIONS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("weds", DayOfWeek.WEDNESDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
            Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
            Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE),
            Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
            Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
            Map.entry("september", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("sept", Month.SEPTEMBER),
            Map.entry("october", Month.OCTOBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private static final String[] DAY_SHORT = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] DAY_LONG = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"};
    private static final String[] MONTH_SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"};

    /** A full weekday name, or also an abbreviation when {@code abbreviations} is set; else null. */
    static DayOfWeek weekday(String word, boolean abbreviations) {
        if (word == null) {
            return null;
        }
        DayOfWeek day = WEEKDAYS.get(word);
        if (day == null && abbreviations) {
            day = WEEKDAY_ABBREVIATIONS.get(word);
        }
        return day;
    }

    /** A weekday in the plural ({@code mondays}), or null. */
    static DayOfWeek weekdayPlural(String word) {
        if (word == null || word.length() < 4 || !word.endsWith("s")) {
            return null;
        }
        return WEEKDAYS.get(word.substring(0, word.length() - 1));
    }

    static Month month(String word) {
        return word == null ? null : MONTHS.get(word);
    }

    /**
     * A count written as digits (1 to 999) or as a word (one to twelve), or with {@code a}/{@code an}
     * when {@code article} is set; -1 otherwise.
     */
    static int count(String word, boolean article) {
        if (word == null) {
            return -1;
        }
        if (article && (word.equals("a") || word.equals("an"))) {
            return 1;
        }
        Integer named = NUMBERS.get(word);
        if (named != null) {
            return named;
        }
        int value = digits(word, 0, word.length());
        return value >= 1 && value <= 999 ? value : -1;
    }

    /** A day of month such as {@code 31}, {@code 1st}, {@code 22nd}; -1 otherwise. */
    static int dayOfMonth(String word) {
        if (word == null || word.isEmpty()) {
            return -1;
        }
        int n = word.length();
        int digitsEnd = 0;
        while (digitsEnd < n && isDigit(word.charAt(digitsEnd))) {
            digitsEnd++;
        }
        if (digitsEnd == 0 || digitsEnd > 2) {
            return -1;
        }
        int day = digits(word, 0, digitsEnd);
        if (day < 1 || day > 31) {
            return -1;
        }
        if (digitsEnd == n) {
            return day;
        }
        String suffix = word.substring(digitsEnd);
        return suffix.equals(ordinalSuffix(day)) ? day : -1;
    }

    /** A four-digit year from 2000 to 2199, or -1. */
    static int year(String word) {
        if (word == null || word.length() != 4) {
            return -1;
        }
        int year = digits(word, 0, 4);
        return year >= 2000 && year <= 2199 ? year : -1;
    }

    /** The value of {@code s[from, to)} when it is only ASCII digits (at most 9), else -1. */
    static int digits(String s, int from, int to) {
        if (from >= to || to - from > 9) {
            return -1;
        }
        int value = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String ordinalSuffix(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    static String shortDay(DayOfWeek day) {
        return DAY_SHORT[day.ordinal()];
    }

    static String longDay(DayOfWeek day) {
        return DAY_LONG[day.ordinal()];
    }

    /** {@code "Sun 29 Nov"}, with the year when it is not the year of {@code today}. */
    static String date(LocalDate date, LocalDate today) {
        String label = DAY_SHORT[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " "
                + MONTH_SHORT[date.getMonthValue() - 1];
        return date.getYear() == today.getYear() ? label : label + " " + date.getYear();
    }

    /** {@code "today"}, {@code "tomorrow"} or null, for labels. */
    static String relative(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return "today";
        }
        return date.equals(today.plusDays(1)) ? "tomorrow" : null;
    }

    /** {@code "3:00 PM"}, built by hand so it does not depend on the JDK's locale data. */
    static String time(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        int minute = time.getMinute();
        return hour + ":" + (minute < 10 ? "0" : "") + minute + (time.getHour() < 12 ? " AM" : " PM");
    }

    static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
