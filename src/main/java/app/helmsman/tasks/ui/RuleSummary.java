package app.helmsman.tasks.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An RFC 5545 RRULE in words: {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH} is "Every 2 weeks on Monday and Thursday". */
final class RuleSummary {

    private RuleSummary() {
    }

    /** The rule in words; for parts it does not know, the rule itself. Blank for no rule. */
    static String describe(String rule) {
        if (rule == null || rule.isBlank()) {
            return "Does not repeat";
        }
        var parts = parts(rule);
        var unit = switch (parts.getOrDefault("FREQ", "")) {
            case "DAILY" -> "day";
            case "WEEKLY" -> "week";
            case "MONTHLY" -> "month";
            case "YEARLY" -> "year";
            default -> null;
        };
        if (unit == null) {
            return "Repeats: " + rule.strip();
        }
        int interval = parseInt(parts.getOrDefault("INTERVAL", "1"));
        var text = new StringBuilder("Every ");
        text.append(interval <= 1 ? unit : interval == 2 && unit.equals("week") ? "other week" : interval + " " + unit + "s");
        if (parts.containsKey("BYMONTH")) {
            text.append(" in ").append(join(map(parts.get("BYMONTH"), RuleSummary::month)));
        }
        if (parts.containsKey("BYDAY")) {
            var days = parts.get("BYDAY");
            text.append(days.equals("MO,TU,WE,TH,FR") ? " on weekdays" : " on " + join(map(days, RuleSummary::day)));
        }
        if (parts.containsKey("BYMONTHDAY")) {
            text.append(" on the ").append(join(map(parts.get("BYMONTHDAY"), RuleSummary::monthDay)));
        }
        if (parts.containsKey("COUNT")) {
            text.append(", ").append(parts.get("COUNT")).append(" times");
        }
        if (parts.containsKey("UNTIL")) {
            var until = parts.get("UNTIL");
            text.append(", until ").append(until.length() >= 8 ? until.substring(0, 4) + "-" + until.substring(4, 6) + "-" + until.substring(6, 8) : until);
        }
        return text.toString();
    }

    private static Map<String, String> parts(String rule) {
        var parts = new LinkedHashMap<String, String>();
        var body = rule.strip().toUpperCase(Locale.ROOT);
        body = body.startsWith("RRULE:") ? body.substring(6) : body;
        for (var part : body.split(";")) {
            var eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return parts;
    }

    private static List<String> map(String list, java.util.function.Function<String, String> each) {
        var out = new ArrayList<String>();
        for (var item : list.split(",")) {
            out.add(each.apply(item));
        }
        return out;
    }

    private static String day(String code) {
        var prefix = code.replaceAll("[A-Z]+$", "");
        var name = switch (code.substring(prefix.length())) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> null;
        };
        if (name == null) {
            return code;
        }
        var dayName = name.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (prefix.isEmpty()) {
            return dayName;
        }
        return prefix.equals("-1") ? "the last " + dayName : "the " + monthDay(prefix.replace("+", "")) + " " + dayName;
    }

    private static String month(String number) {
        int n = parseInt(number);
        return n >= 1 && n <= 12 ? Month.of(n).getDisplayName(TextStyle.FULL, Locale.ENGLISH) : number;
    }

    private static String monthDay(String number) {
        int n = parseInt(number);
        if (n == -1) {
            return "last day";
        }
        var suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
