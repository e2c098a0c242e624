package app.helmsman.tasks.quickadd;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The subset of RFC 5545 recurrence that quick add can express.
 *
 * @param frequency DAILY, WEEKLY, MONTHLY or YEARLY
 * @param interval every n-th period, at least 1
 * @param days for weekly rules, the days of the week (empty: the weekday of the first occurrence)
 * @param monthDay for monthly rules, the day of month, -1 for the last day, 0 for none
 */
record Recurrence(Frequency frequency, int interval, Set<DayOfWeek> days, int monthDay) {

    enum Frequency {
        DAILY("day"), WEEKLY("week"), MONTHLY("month"), YEARLY("year");

        final String unit;

        Frequency(String unit) {
            this.unit = unit;
        }
    }

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final String[] BYDAY = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    Recurrence {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    static Recurrence of(Frequency frequency, int interval) {
        return new Recurrence(frequency, interval, Set.of(), 0);
    }

    static Recurrence weeklyOn(Set<DayOfWeek> days, int interval) {
        return new Recurrence(Frequency.WEEKLY, interval, days, 0);
    }

    Recurrence withDays(Set<DayOfWeek> newDays) {
        return new Recurrence(frequency, interval, newDays, monthDay);
    }

    Recurrence withMonthDay(int newMonthDay) {
        return new Recurrence(frequency, interval, days, newMonthDay);
    }

    /** The RRULE value, such as {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH}. */
    String toRRule() {
        var rule = new StringBuilder("FREQ=").append(frequency.name());
        if (interval > 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (!days.isEmpty()) {
            rule.append(";BYDAY=");
            String separator = "";
            for (DayOfWeek day : sortedDays()) {
                rule.append(separator).append(BYDAY[day.ordinal()]);
                separator = ",";
            }
        }
        if (monthDay != 0) {
            rule.append(";BYMONTHDAY=").append(monthDay);
        }
        return rule.toString();
    }

    /** A chip label such as {@code "Every Mon and Thu"} or {@code "Every month on the 1st"}. */
    String label() {
        var label = new StringBuilder("Every ");
        if (interval > 1) {
            label.append(interval).append(' ').append(frequency.unit).append('s');
        } else if (frequency == Frequency.WEEKLY && days.equals(WEEKDAYS)) {
            return "Every weekday";
        } else if (frequency == Frequency.WEEKLY && days.equals(WEEKEND)) {
            return "Every weekend";
        } else if (frequency == Frequency.WEEKLY && !days.isEmpty()) {
            return "Every " + dayList();
        } else {
            label.append(frequency.unit);
        }
        if (!days.isEmpty()) {
            label.append(" on ").append(dayList());
        }
        if (monthDay == -1) {
            label.append(" on the last day");
        } else if (monthDay > 0) {
            label.append(" on the ").append(monthDay).append(Words.ordinalSuffix(monthDay));
        }
        return label.toString();
    }

    /** The first day on or after {@code from} that this rule includes. */
    LocalDate firstOnOrAfter(LocalDate from) {
        if (!days.isEmpty()) {
            LocalDate date = from;
            while (!days.contains(date.getDayOfWeek())) {
                date = date.plusDays(1);
            }
            return date;
        }
        if (monthDay == -1) {
            return from.with(TemporalAdjusters.lastDayOfMonth());
        }
        if (monthDay > 0) {
            LocalDate month = from.withDayOfMonth(1);
            while (true) {
                if (monthDay <= month.lengthOfMonth()) {
                    LocalDate date = month.withDayOfMonth(monthDay);
                    if (!date.isBefore(from)) {
                        return date;
                    }
                }
                month = month.plusMonths(1);
            }
        }
        return from;
    }

    private List<DayOfWeek> sortedDays() {
        return new ArrayList<>(EnumSet.copyOf(days));
    }

    private String dayList() {
        List<DayOfWeek> sorted = sortedDays();
        if (sorted.size() == 1) {
            return Words.longDay(sorted.getFirst());
        }
        var list = new StringBuilder();
        for (int k = 0; k < sorted.size(); k++) {
            if (k > 0) {
                list.append(k == sorted.size() - 1 ? " and " : ", ");
            }
            list.append(Words.shortDay(sorted.get(k)));
        }
        return list.toString();
    }
}
