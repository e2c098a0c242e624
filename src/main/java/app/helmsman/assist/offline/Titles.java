package app.helmsman.assist.offline;

import java.util.Locale;
import java.util.Set;

/**
 * Titles of proposals and steps: tidied (no dangling "for", "by" or "and" at the end, first letter in upper case),
 * and keyed, so that proposals with the same words once case, punctuation, articles and plurals are ignored are
 * one task.
 */
final class Titles {

    private static final Set<String> DANGLING = Set.of("for", "by", "on", "at", "before", "until", "till", "due",
            "from", "and", "or", "but", "so", "then", "to", "with", "the", "a", "an", "of");
    private static final Set<String> KEY_STOPWORDS = Set.of("the", "a", "an", "my", "our", "your", "some", "to");

    private Titles() {
    }

    /** A title without dangling prepositions and decorations, first letter in upper case. */
    static String tidy(String title) {
        String t = Words.collapse(Words.trimDecorations(title));
        for (int round = 0; round < 4; round++) {
            int space = t.lastIndexOf(' ');
            if (space < 0) {
                break;
            }
            String last = t.substring(space + 1).toLowerCase(Locale.ROOT);
            if (!DANGLING.contains(last)) {
                break;
            }
            t = Words.trimDecorations(t.substring(0, space));
        }
        return Words.capitalise(t);
    }

    /** The words of a title that decide whether two proposals are the same task. */
    static String key(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        var sb = new StringBuilder(lower.length());
        for (var w : Words.of(lower, 0, lower.length())) {
            String core = lettersAndDigits(w.core());
            if (core.isEmpty() || KEY_STOPWORDS.contains(core)) {
                continue;
            }
            if (core.length() > 3 && core.endsWith("s")) {
                core = core.substring(0, core.length() - 1);
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(core);
        }
        return sb.toString();
    }

    /** Whether {@code s} has a letter; a title without one is no task. */
    static boolean hasLetter(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetter(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static String lettersAndDigits(String s) {
        var sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
