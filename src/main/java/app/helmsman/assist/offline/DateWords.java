package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Day, month and relative date words in a clause. A clause that is only a date ("first thing Monday") dates the
 * action after it; a date word after "about", "from" or "last" is quoted so that the quick-add parser keeps it in
 * the title.
 */
final class DateWords {

    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "today", "tomorrow", "tonight", "tmrw", "tmr", "next", "this", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night", "week",
            "weekend", "on", "at", "the", "first", "thing");

    private DateWords() {
    }

    /** Whether {@code word} names a day, a month or a relative day ("tomorrow", "next"). */
    static boolean isDateWord(String word) {
        return DATE_WORDS.contains(word);
    }

    /** Whether words {@code [s, e)} only name a date: "first thing Monday", "tomorrow morning". */
    static boolean onlyDate(List<W> words, int s, int e) {
        for (int k = s; k < e; k++) {
            String w = words.get(k).core();
            if (!DATE_WORDS.contains(w) && !PARTS_OF_DAY.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Quotes a date word after "about", "from", "last" and the like ("email Sam about Friday"), so the quick-add
     * parser keeps it in the title. Deadline phrases ("before Saturday") are {@link Deadlines}' job.
     */
    static String shield(String action) {
        List<W> words = Words.of(action, 0, action.length());
        var sb = new StringBuilder(action.length() + 8);
        String prev = "";
        for (int k = 0; k < words.size(); k++) {
            W w = words.get(k);
            String core = w.core();
            if (k > 0) {
                sb.append(' ');
            }
            boolean dateWord = DATE_WORDS.contains(core) || WEEKDAYS.contains(core.endsWith("s")
                    ? core.substring(0, core.length() - 1) : "");
            if (dateWord && (Lexicon.DATE_SHIELDS.contains(prev) && !prev.equals("for")
                    || prev.equals("for") && WEEKDAYS.contains(core)) && !w.raw().contains("\"")) {
                int cs = w.raw().toLowerCase(Locale.ROOT).indexOf(core);
                if (cs >= 0) {
                    sb.append(w.raw(), 0, cs).append('"').append(w.raw(), cs, cs + core.length()).append('"')
                            .append(w.raw(), cs + core.length(), w.raw().length());
                    prev = core;
                    continue;
                }
            }
            sb.append(w.raw());
            prev = core;
        }
        return sb.toString();
    }
}
