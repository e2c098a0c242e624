package app.helmsman.assist.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Whitespace-separated words of a piece of text, with their offsets and a lower-case core. */
final class Words {

    private static final String LEADING = "([{\"'\u201c\u2018*_<\u00bf\u00a1";
    private static final String TRAILING = ")]}.,;:!?\"'\u201d\u2019*_>\u2026";
    private static final Set<String> SEPARATORS = Set.of("-", "\u2013", "\u2014", "--", "---", "/", "|", "~",
            "\u2022", "\u00b7");
    private static final Set<String> ARROWS = Set.of("->", "-->", "=>", "\u2192", "\u27a1", "\u27a1\ufe0f",
            "\u21d2", ">>", ">");

    /**
     * One word.
     *
     * @param start offset of the first character
     * @param end offset after the last character
     * @param raw the word as written
     * @param core the word in lower case without surrounding punctuation; may be empty
     * @param trail the punctuation after the core
     * @param depth how many parentheses are open before the word
     */
    record W(int start, int end, String raw, String core, String trail, int depth) {

        boolean comma() {
            return trail.indexOf(',') >= 0;
        }

        /** A dash, slash or arrow standing alone between two thoughts. */
        boolean separator() {
            return SEPARATORS.contains(raw) || arrow();
        }

        /** An arrow, which reads as "then". */
        boolean arrow() {
            return ARROWS.contains(raw);
        }
    }

    private Words() {
    }

    /** Words {@code [from, to)} as written, one space between them. */
    static String join(List<W> words, int from, int to) {
        var sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words.get(k).raw());
        }
        return sb.toString();
    }

    /** The words of {@code text[from, to)}. */
    static List<W> of(String text, int from, int to) {
        var words = new ArrayList<W>();
        int depth = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            int cs = i;
            int ce = j;
            while (cs < ce && LEADING.indexOf(text.charAt(cs)) >= 0) {
                cs++;
            }
            while (ce > cs && TRAILING.indexOf(text.charAt(ce - 1)) >= 0) {
                ce--;
            }
            String raw = text.substring(i, j);
            String core = shorthand(text.substring(cs, ce).toLowerCase(Locale.ROOT), words);
            words.add(new W(i, j, raw, core, text.substring(ce, j), depth));
            for (int k = i; k < j; k++) {
                char p = text.charAt(k);
                if (p == '(' || p == '[') {
                    depth++;
                } else if ((p == ')' || p == ']') && depth > 0) {
                    depth--;
                }
            }
            i = j;
        }
        return words;
    }

    /**
     * Texting shorthand read as the word it stands for: "n" and "&" as "and", "2" after "need", "have" and the
     * like as "to", "u" as "you", "ur" as "your", "tmrw" stays for the quick-add parser.
     */
    private static String shorthand(String core, List<W> before) {
        switch (core) {
            case "n", "&", "'n'", "+" -> {
                return before.isEmpty() ? core : "and";
            }
            case "u" -> {
                return "you";
            }
            case "ur" -> {
                return "your";
            }
            case "2" -> {
                String previous = before.isEmpty() ? "" : before.getLast().core();
                return SHORTHAND_TO.contains(previous) ? "to" : core;
            }
            default -> {
                return core;
            }
        }
    }

    private static final Set<String> SHORTHAND_TO = Set.of("need", "have", "got", "want", "going", "remember",
            "forget", "try", "able", "me", "plan", "promised");

    /** The core of word {@code i}, or null when out of range. */
    static String core(List<W> words, int i) {
        return i >= 0 && i < words.size() ? words.get(i).core() : null;
    }

    /** Whether the text has at least one letter or digit. */
    static boolean hasLetterOrDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetterOrDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every letter in the text is upper case and there are at least three of them. */
    static boolean shouting(String s) {
        int letters = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    /** Whether the code point at {@code k} is a symbol such as an emoji, a dingbat or a box-drawing character. */
    static boolean symbolAt(String s, int k) {
        int cp = s.codePointAt(k);
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL && cp > 0x7f
                || type == Character.SURROGATE || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT || cp == 0xfe0f
                || type == Character.MODIFIER_SYMBOL && cp > 0x7f;
    }

    /**
     * {@code s} without leading and trailing whitespace, emoji, dangling separators and sentence punctuation
     * (a closing bracket or quote whose partner is inside stays).
     */
    static String trimDecorations(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            char c = s.charAt(start);
            if (Character.isWhitespace(c) || ",;:-\u2013\u2014.!?*_~>=|/\u2022\u00b7".indexOf(c) >= 0
                    || symbolAt(s, start)) {
                start += Character.charCount(s.codePointAt(start));
            } else {
                break;
            }
        }
        while (end > start) {
            char c = s.charAt(end - 1);
            boolean symbol = Character.isLowSurrogate(c) || symbolAt(s, end - 1);
            if (Character.isWhitespace(c) || ",;:-\u2013\u2014.!?*_~<=|/\u2022\u00b7\u2026".indexOf(c) >= 0
                    || symbol) {
                end--;
            } else if (c == ')' && s.lastIndexOf('(', end - 1) < start
                    || c == '"' && count(s, start, end, '"') % 2 == 1) {
                end--;
            } else {
                break;
            }
        }
        return s.substring(start, end);
    }

    private static int count(String s, int from, int to, char c) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == c) {
                n++;
            }
        }
        return n;
    }

    /** The offset of the first non-whitespace character in {@code text[i, end)}, or {@code end}. */
    static int skipSpaces(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whitespace runs collapsed to one space. */
    static String collapse(String s) {
        var out = new StringBuilder(s.length());
        boolean space = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The first letter in upper case. */
    static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        return new StringBuilder(s.length()).appendCodePoint(Character.toUpperCase(cp))
                .append(s, Character.charCount(cp), s.length()).toString();
    }
}
