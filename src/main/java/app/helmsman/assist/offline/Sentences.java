package app.helmsman.assist.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a line into sentences at {@code . ! ? …} and semicolons, but not inside brackets or quotes, not after an
 * abbreviation ("Dr. Patel", "e.g. the form") and not after an inline list number ("1. wake up 2. shower").
 * Cutting a sentence into clauses is {@link Segmenter}'s job.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "vs", "e.g", "i.e",
            "eg", "ie", "a.m", "p.m", "approx", "jr", "sr", "no", "fig", "mt", "ft", "u.s", "u.k", "inc", "ltd",
            "co", "dept", "est", "min", "mins", "hr", "hrs", "wk", "tel", "ref", "prof", "rd", "ave");

    private Sentences() {
    }

    /** The sentences of {@code text[from, to)}, as offset pairs. */
    static List<int[]> of(String text, int from, int to) {
        var out = new ArrayList<int[]>();
        int depth = 0;
        boolean quoted = false;
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '"' || c == '\u201c' || c == '\u201d') {
                quoted = c == '\u201c' || (c == '"' && !quoted);
            }
            if (depth == 0 && !quoted) {
                if (c == ';') {
                    add(out, text, start, i);
                    start = i + 1;
                } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                    int j = i;
                    while (j < to && ".!?\u2026".indexOf(text.charAt(j)) >= 0) {
                        j++;
                    }
                    int k = j;
                    while (k < to && "\"')\u201d\u2019".indexOf(text.charAt(k)) >= 0) {
                        k++;
                    }
                    boolean boundary = k == to || Character.isWhitespace(text.charAt(k));
                    if (boundary && j - i == 1 && c == '.' && isAbbreviation(text, from, i, k, to)) {
                        boundary = false;
                    }
                    if (boundary && j - i == 1 && c == '.' && isInlineNumber(text, from, i, k, to)) {
                        boundary = false;
                    }
                    if (boundary) {
                        add(out, text, start, k);
                        start = k;
                    }
                    i = k;
                    continue;
                }
            }
            i++;
        }
        add(out, text, start, to);
        return out;
    }

    private static boolean isAbbreviation(String text, int from, int dot, int after, int to) {
        int w = dot;
        while (w > from && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        while (!word.isEmpty() && "([\"'".indexOf(word.charAt(0)) >= 0) {
            word = word.substring(1);
        }
        if (!ABBREVIATIONS.contains(word)) {
            return false;
        }
        int k = Words.skipSpaces(text, after, to);
        // "etc. Then ..." ends a sentence; "Dr. Patel", "Prof. Lee" and "e.g. the form" do not
        return k >= to || !Character.isUpperCase(text.charAt(k)) || !word.equals("etc");
    }

    /** "1. wake up 2. shower": a one- or two-digit number, a dot, then a lower-case word. */
    private static boolean isInlineNumber(String text, int from, int dot, int after, int to) {
        int w = dot;
        while (w > from && Character.isDigit(text.charAt(w - 1))) {
            w--;
        }
        if (dot - w < 1 || dot - w > 2 || w > from && !Character.isWhitespace(text.charAt(w - 1))) {
            return false;
        }
        int k = Words.skipSpaces(text, after, to);
        return k < to && Character.isLowerCase(text.charAt(k));
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }
}
