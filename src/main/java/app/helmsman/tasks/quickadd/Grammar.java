package app.helmsman.tasks.quickadd;

import java.util.List;

/**
 * How the grammar rules ({@link DateGrammar}, {@link TimeGrammar}, {@link RecurrenceGrammar}) read a token
 * list. Each rule looks at the tokens from index {@code i} and returns what it matched with the index after
 * the last token it used, or null. Rules never look at literal tokens (quoted, URLs, dismissed parts). Pure
 * functions.
 */
final class Grammar {

    private Grammar() {
    }

    /** The lower-case core of token {@code j}, or null when there is none or it must not be parsed. */
    static String word(List<Token> tokens, int j) {
        if (j < 0 || j >= tokens.size()) {
            return null;
        }
        Token token = tokens.get(j);
        return token.literal() || token.core().isEmpty() ? null : token.lower();
    }

    /** The core of token {@code j + 1} if a phrase may continue from token {@code j} into it. */
    static String next(List<Token> tokens, int j) {
        String word = word(tokens, j + 1);
        return word != null && tokens.get(j).joinsNext(tokens.get(j + 1)) ? word : null;
    }

    /** As {@link #next} but a comma after token {@code j} is allowed (lists, {@code Dec 31, 2027}). */
    static String nextAllowingComma(List<Token> tokens, int j) {
        String word = word(tokens, j + 1);
        return word != null && tokens.get(j).joinsNextAllowingComma(tokens.get(j + 1)) ? word : null;
    }
}
