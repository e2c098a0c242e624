package app.helmsman.tasks.quickadd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A whitespace-separated word of the input, or one quoted run. The core is the word without
 * surrounding punctuation ({@code "(tomorrow)," -> "tomorrow"}); grammar rules only look at cores, and
 * recognised spans cover cores, so the punctuation around a recognised word stays in the title.
 *
 * @param start offset of the raw token
 * @param end offset after the raw token
 * @param coreStart offset of the core
 * @param coreEnd offset after the core
 * @param core the core as typed
 * @param lower the core in lower case
 * @param lead the punctuation stripped before the core
 * @param trail the punctuation stripped after the core
 * @param literal never parsed: quoted, a URL or e-mail address, or dismissed by the user
 * @param quoted a closed quotation, whose quote marks are removed from the title
 */
record Token(int start, int end, int coreStart, int coreEnd, String core, String lower, String lead, String trail,
             boolean literal, boolean quoted) {

    private static final String LEADING = "([{'\u2018\u00bf\u00a1";
    private static final String TRAILING = ")]}.,;:?!'\u2019";

    /** The raw token as typed, with its punctuation. */
    String text(String source) {
        return source.substring(start, end);
    }

    /** Whether the core is followed by an exclamation mark, as in {@code by Friday!}. */
    boolean bang() {
        return trail.indexOf('!') >= 0;
    }

    /** Whether a phrase may run on from this token into the next one (no punctuation in between). */
    boolean joinsNext(Token next) {
        return trail.isEmpty() && next.lead.isEmpty();
    }

    /** As {@link #joinsNext} but a comma after this token is allowed (lists, {@code Dec 31, 2027}). */
    boolean joinsNextAllowingComma(Token next) {
        return (trail.isEmpty() || trail.equals(",")) && next.lead.isEmpty();
    }

    static List<Token> tokenize(String text, Set<Span> dismissed) {
        var tokens = new ArrayList<Token>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isOpeningQuote(c)) {
                int close = closingQuote(text, i + 1);
                if (close < 0) {
                    // An unclosed quote protects the rest of the line, so the preview does not flicker
                    // while the user is still typing the closing quote; the mark itself stays.
                    tokens.add(literal(text, i, n, false));
                    i = n;
                } else {
                    tokens.add(literal(text, i, close + 1, true));
                    i = close + 1;
                }
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(text.charAt(j)) && !isOpeningQuote(text.charAt(j))) {
                    j++;
                }
                tokens.add(word(text, i, j, dismissed));
                i = j;
            }
        }
        return tokens;
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\u201c';
    }

    private static int closingQuote(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\u201d') {
                return k;
            }
        }
        return -1;
    }

    private static Token literal(String text, int start, int end, boolean quoted) {
        String raw = text.substring(start, end);
        return new Token(start, end, start, end, raw, raw.toLowerCase(Locale.ROOT), "", "", true, quoted);
    }

    private static Token word(String text, int start, int end, Set<Span> dismissed) {
        int cs = start;
        int ce = end;
        while (cs < ce && LEADING.indexOf(text.charAt(cs)) >= 0) {
            cs++;
        }
        while (ce > cs && TRAILING.indexOf(text.charAt(ce - 1)) >= 0) {
            ce--;
        }
        if (ce < end && text.charAt(ce) == '.' && ce - cs >= 3 && text.charAt(ce - 2) == '.'
                && (text.charAt(ce - 1) == 'm' || text.charAt(ce - 1) == 'M')) {
            ce++; // the final dot of "a.m." and "p.m." belongs to the word
        }
        String core = text.substring(cs, ce);
        String lower = core.toLowerCase(Locale.ROOT);
        boolean literal = isUrlOrEmail(lower) || isDismissed(start, end, dismissed);
        return new Token(start, end, cs, ce, core, lower, text.substring(start, cs), text.substring(ce, end),
                literal, false);
    }

    private static boolean isDismissed(int start, int end, Set<Span> dismissed) {
        if (dismissed.isEmpty()) {
            return false;
        }
        for (Span s : dismissed) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUrlOrEmail(String lower) {
        if (lower.contains("://") || lower.startsWith("www.") || lower.startsWith("mailto:")) {
            return true;
        }
        int at = lower.indexOf('@');
        return at > 0 && lower.indexOf('.', at) > at + 1;
    }
}
