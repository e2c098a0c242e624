package app.helmsman.tasks;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A repeat chosen from the picker instead of typed as an RRULE: every {@code interval} days, every weekday, every
 * {@code interval} weeks on some days, or every {@code interval} months on a day number or an nth weekday. Checked
 * when built (the view builds it from the person's choices); {@link #toRule()} is the RRULE the service stores and
 * checks again. Anything else is typed as an RRULE (the advanced option).
 *
 * @param interval 1 to {@value #INTERVAL_MAX}; 1 for {@link Frequency#WEEKDAYS}
 * @param days the weekdays of a weekly repeat (at least one); empty otherwise
 * @param monthly the day of a monthly repeat; null otherwise
 */
public record RepeatPattern(Frequency frequency, int interval, Set<DayOfWeek> days, MonthlyOn monthly) {

    public static final int INTERVAL_MAX = 99;
    /** The longest RRULE typed by hand (the stored column's length). */
    public static final int RULE_MAX_LENGTH = Recurrences.RULE_MAX_LENGTH;
    private static final String FIELD = "recurrenceRule";

    public enum Frequency { DAILY, WEEKDAYS, WEEKLY, MONTHLY }

    /**
     * Which day of the month: {@code number} 1-31 or -1 (the last day) when {@code weekday} is null; otherwise the
     * {@code number}th (1-4, or -1 for the last) {@code weekday} of the month.
     */
    public record MonthlyOn(int number, DayOfWeek weekday) {
        public MonthlyOn {
            boolean valid = weekday == null ? number == -1 || number >= 1 && number <= 31 : number == -1 || number >= 1 && number <= 4;
            if (!valid) {
                throw new TaskValidationException(FIELD, weekday == null ? "Choose a day of the month from 1 to 31, or the last day."
                        : "Choose the 1st to 4th or the last " + weekday.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + ".");
            }
        }
    }

    public RepeatPattern {
        if (frequency == null) {
            throw new TaskValidationException(FIELD, "Choose how often it repeats.");
        }
        if (interval < 1 || interval > INTERVAL_MAX) {
            throw new TaskValidationException(FIELD, "Repeat every 1 to " + INTERVAL_MAX + ", not " + interval + ".");
        }
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        if (frequency == Frequency.WEEKDAYS && interval != 1) {
            throw new TaskValidationException(FIELD, "Every weekday repeats every week.");
        }
        if (frequency == Frequency.WEEKLY && days.isEmpty()) {
            throw new TaskValidationException(FIELD, "Choose at least one day of the week.");
        }
        if (frequency != Frequency.WEEKLY && !days.isEmpty()) {
            throw new TaskValidationException(FIELD, "Days of the week belong to a weekly repeat.");
        }
        if (frequency == Frequency.MONTHLY && monthly == null) {
            throw new TaskValidationException(FIELD, "Choose which day of the month.");
        }
        if (frequency != Frequency.MONTHLY && monthly != null) {
            throw new TaskValidationException(FIELD, "A day of the month belongs to a monthly repeat.");
        }
    }

    public static RepeatPattern daily(int interval) {
        return new RepeatPattern(Frequency.DAILY, interval, Set.of(), null);
    }

    public static RepeatPattern weekdays() {
        return new RepeatPattern(Frequency.WEEKDAYS, 1, Set.of(), null);
    }

    public static RepeatPattern weekly(int interval, Set<DayOfWeek> days) {
        return new RepeatPattern(Frequency.WEEKLY, interval, days, null);
    }

    public static RepeatPattern monthly(int interval, MonthlyOn on) {
        return new RepeatPattern(Frequency.MONTHLY, interval, Set.of(), on);
    }

    /** The RRULE value, like {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH}. */
    public String toRule() {
        var every = interval == 1 ? "" : ";INTERVAL=" + interval;
        return switch (frequency) {
            case DAILY -> "FREQ=DAILY" + every;
            case WEEKDAYS -> "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";
            case WEEKLY -> "FREQ=WEEKLY" + every + ";BYDAY=" + days.stream().sorted().map(RepeatPattern::code).collect(Collectors.joining(","));
            case MONTHLY -> "FREQ=MONTHLY" + every + (monthly.weekday() == null ? ";BYMONTHDAY=" + monthly.number()
                    : ";BYDAY=" + monthly.number() + code(monthly.weekday()));
        };
    }

    /**
     * The pattern a stored rule is, when the picker can show it (its own rules, also after the service added
     * {@code RSCALE=GREGORIAN;SKIP=BACKWARD}); empty for anything else, which stays an advanced rule.
     */
    public static Optional<RepeatPattern> of(String rule) {
        if (rule == null || rule.isBlank()) {
            return Optional.empty();
        }
        var parts = new LinkedHashMap<String, String>();
        var body = rule.strip().toUpperCase(Locale.ROOT);
        for (var part : (body.startsWith("RRULE:") ? body.substring(6) : body).split(";")) {
            var eq = part.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            parts.put(part.substring(0, eq), part.substring(eq + 1));
        }
        if (!"GREGORIAN".equals(parts.getOrDefault("RSCALE", "GREGORIAN")) || !"BACKWARD".equals(parts.getOrDefault("SKIP", "BACKWARD"))
                || !Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "RSCALE", "SKIP").containsAll(parts.keySet())) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(pattern(parts));
        } catch (TaskValidationException | IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static RepeatPattern pattern(Map<String, String> parts) {
        int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
        var byDay = parts.get("BYDAY");
        var byMonthDay = parts.get("BYMONTHDAY");
        return switch (parts.getOrDefault("FREQ", "")) {
            case "DAILY" -> byDay == null && byMonthDay == null ? daily(interval) : null;
            case "WEEKLY" -> {
                if (byDay == null || byMonthDay != null) {
                    yield null;
                }
                var days = EnumSet.noneOf(DayOfWeek.class);
                for (var code : byDay.split(",")) {
                    days.add(day(code));
                }
                yield interval == 1 && days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) ? weekdays() : weekly(interval, days);
            }
            case "MONTHLY" -> {
                if (byMonthDay != null && byDay == null) {
                    yield monthly(interval, new MonthlyOn(Integer.parseInt(byMonthDay), null));
                }
                if (byDay != null && byMonthDay == null && !byDay.contains(",") && byDay.length() > 2) {
                    var number = byDay.substring(0, byDay.length() - 2).replace("+", "");
                    yield monthly(interval, new MonthlyOn(Integer.parseInt(number), day(byDay.substring(byDay.length() - 2))));
                }
                yield null;
            }
            default -> null;
        };
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static DayOfWeek day(String code) {
        for (var day : DayOfWeek.values()) {
            if (code(day).equals(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
