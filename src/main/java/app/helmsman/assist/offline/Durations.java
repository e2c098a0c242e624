package app.helmsman.assist.offline;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates written in words: "maybe 3 hours", "takes about 20 minutes", "for an hour", "half an hour",
 * "a couple of hours". They become the quick-add estimate {@code ~180m}, so that the parser sets the estimate and
 * takes the words out of the title. A number of hours or minutes after "in" ("in 2 hours") is a time of day, not an
 * estimate, and is left alone.
 */
final class Durations {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("ten", 10), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifteen", 15), Map.entry("forty-five", 45), Map.entry("a couple of", 2),
            Map.entry("couple of", 2), Map.entry("half an", -30));

    private static final String LEAD = "(?:maybe|about|around|roughly|approx\\.?|approximately|probably|prob|like"
            + "|takes?|taking|will take|should take|might take|could take|would take|for|ca\\.?|guess|say)";
    private static final String HEDGE = "(?:(?:maybe|about|around|roughly|like|probably|only|just|at least|at most)\\s+)*";
    private static final String AMOUNT = "(\\d{1,3}(?:[.,]\\d)?|a couple of|couple of|half an|an?|one|two|three|four"
            + "|five|six|seven|eight|ten|fifteen|twenty|thirty|forty-five|forty)";
    private static final String UNIT = "(hours?|hrs?|h|minutes?|mins?|m)";
    private static final Pattern PHRASE = Pattern.compile("(?:(?<![\\w~])" + LEAD + "\\s+|(?<=,)\\s*)" + HEDGE + AMOUNT
            + "\\s*" + UNIT + "(?:\\s+(?:and\\s+a\\s+half|or\\s+so|tops|max))?(?![\\w])",
            Pattern.CASE_INSENSITIVE);

    private Durations() {
    }

    /** {@code text} with the first estimate in words written as {@code ~Nm}; unchanged when there is none. */
    static String rewrite(String text) {
        if (!mayHold(text)) {
            return text; // most clauses: no regex run at all
        }
        Matcher m = PHRASE.matcher(text);
        while (m.find()) {
            Integer minutes = minutes(m.group(1), m.group(2), m.group().toLowerCase(Locale.ROOT));
            if (minutes != null) {
                String before = text.substring(0, m.start());
                String space = before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1)) ? "" : " ";
                return before + space + "~" + minutes + "m" + text.substring(m.end());
            }
        }
        return text;
    }

    /** The minutes of a clause that is only an estimate ("maybe 3 hours", "takes about an hour"), or null. */
    static Integer only(String clause) {
        String t = Words.trimDecorations(clause).strip();
        if (!mayHold(t)) {
            return null;
        }
        Matcher m = PHRASE.matcher(t);
        if (m.find() && m.start() == 0 && m.end() == t.length()) {
            return minutes(m.group(1), m.group(2), m.group().toLowerCase(Locale.ROOT));
        }
        return null;
    }

    /** Whether {@code text} may hold an estimate: a unit of hours or minutes. */
    private static boolean mayHold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("h") && (lower.contains("hour") || lower.contains("hr") || lower.matches("(?s).*\\dh.*"))
                || lower.contains("min") || lower.matches("(?s).*\\d\\s*m\\b.*");
    }

    private static Integer minutes(String amount, String unit, String phrase) {
        String a = amount.toLowerCase(Locale.ROOT);
        double value;
        if (Character.isDigit(a.charAt(0))) {
            value = Double.parseDouble(a.replace(',', '.'));
        } else {
            Integer n = NUMBERS.get(a);
            if (n == null) {
                return null;
            }
            if (n < 0) {
                return unit.toLowerCase(Locale.ROOT).startsWith("h") ? -n : null; // "half an hour"
            }
            value = n;
        }
        boolean hours = unit.toLowerCase(Locale.ROOT).startsWith("h");
        if (phrase.contains("and a half")) {
            value += 0.5;
        }
        long minutes = Math.round(hours ? value * 60 : value);
        // the same bounds as a proposal's estimate: a minute to a day
        return minutes < 1 || minutes > 24 * 60 ? null : (int) minutes;
    }
}
