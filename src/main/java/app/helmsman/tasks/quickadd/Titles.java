package app.helmsman.tasks.quickadd;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the title: the text without the recognised parts and without the quote marks of quoted text,
 * tidied so that removing a part leaves no double spaces, no space before punctuation, no doubled commas,
 * no dangling separators and no brackets it emptied. Whitespace is collapsed everywhere.
 */
final class Titles {

    private static final String CLOSING = ",.;:!?)]}";
    private static final String SEPARATORS = ",;:";
    private static final String DANGLING = ",;:-\u2013\u2014";

    private Titles() {
    }

    static String build(String text, List<Token> tokens, List<Recognised> parts) {
        List<Token> quoted = new ArrayList<>();
        for (Token token : tokens) {
            if (token.quoted()) {
                quoted.add(token);
            }
        }
        List<String> pieces = new ArrayList<>(parts.size() + 1);
        int from = 0;
        for (Recognised part : parts) {
            pieces.add(withoutQuoteMarks(text, from, part.span().start(), quoted));
            from = part.span().end();
        }
        pieces.add(withoutQuoteMarks(text, from, text.length(), quoted));

        String title = pieces.getFirst();
        for (int k = 1; k < pieces.size(); k++) {
            title = join(title, pieces.get(k));
        }
        // separators are only trimmed at an end where a part was removed: "tomorrow: call mom", but "-5 C"
        boolean partAtStart = !parts.isEmpty() && isDangling(pieces.getFirst());
        boolean partAtEnd = !parts.isEmpty() && isDangling(pieces.getLast());
        return tidy(title, partAtStart, partAtEnd);
    }

    private static boolean isDangling(String piece) {
        for (int k = 0; k < piece.length(); k++) {
            char c = piece.charAt(k);
            if (!Character.isWhitespace(c) && DANGLING.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String withoutQuoteMarks(String text, int from, int to, List<Token> quoted) {
        StringBuilder piece = null;
        int copied = from;
        for (Token token : quoted) {
            if (token.end() <= from || token.start() >= to) {
                continue;
            }
            if (piece == null) {
                piece = new StringBuilder(to - from);
            }
            piece.append(text, copied, token.start()).append(text, token.start() + 1, token.end() - 1);
            copied = token.end();
        }
        return piece == null ? text.substring(from, to) : piece.append(text, copied, to).toString();
    }

    /** Joins the text before and after a removed part, dropping the punctuation the part leaves orphaned. */
    private static String join(String left, String right) {
        left = left.stripTrailing();
        right = right.stripLeading();
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty()) {
            return left;
        }
        char l = left.charAt(left.length() - 1);
        char r = right.charAt(0);
        boolean leftSeparator = SEPARATORS.indexOf(l) >= 0;
        boolean rightSeparator = SEPARATORS.indexOf(r) >= 0;
        if (l == '(' && r == ')' || l == '[' && r == ']') {
            // the part was all there was in the brackets: "Buy milk (tomorrow)"
            return join(left.substring(0, left.length() - 1), right.substring(1));
        }
        if ((l == '(' || l == '[' || leftSeparator || l == '.') && rightSeparator) {
            // "Call mom, tomorrow, then" and "(tomorrow, 3pm)"
            return join(left, right.substring(1));
        }
        if (leftSeparator && (r == ')' || r == ']')) {
            // "(before 8, tomorrow)"
            return join(left.substring(0, left.length() - 1), right);
        }
        if (CLOSING.indexOf(r) >= 0 || l == '(' || l == '[') {
            return left + right;
        }
        return left + " " + right;
    }

    private static String tidy(String title, boolean trimStart, boolean trimEnd) {
        var out = new StringBuilder(title.length());
        boolean space = false;
        for (int k = 0; k < title.length(); k++) {
            char c = title.charAt(k);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        String tidy = out.toString();
        int start = 0;
        int end = tidy.length();
        while (trimStart && start < end && (DANGLING.indexOf(tidy.charAt(start)) >= 0 || tidy.charAt(start) == ' ')) {
            start++;
        }
        while (trimEnd && end > start && (DANGLING.indexOf(tidy.charAt(end - 1)) >= 0 || tidy.charAt(end - 1) == ' ')) {
            end--;
        }
        return tidy.substring(start, end);
    }
}
